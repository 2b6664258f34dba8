import Providers
import Testing

@Suite struct ProviderPolicyTests {
    @Test func theDefaultsAreValid() {
        #expect(ProviderPolicy().problems.isEmpty)
    }

    @Test func namesEverySettingThatCannotWork() {
        let policy = ProviderPolicy(
            maxConcurrency: 0, requestsPerMinute: 0, tokensPerMinute: -5, maxRetries: -1,
            retryBudgetRatio: -0.1, retryBudgetAllowance: -1, backoffBase: .seconds(10), backoffCap: .seconds(1),
            circuitFailureThreshold: 0, circuitCoolDown: .seconds(-1)
        )
        let problems = policy.problems
        #expect(problems.count == 9)
        #expect(problems.contains { $0.hasPrefix("maximum concurrency must be at least 1") })
        #expect(problems.contains { $0.hasPrefix("backoff cap") })
    }
}

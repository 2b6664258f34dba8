import Pipeline
import Testing

@Suite("RetryPolicy")
struct RetryPolicyTests {
    @Test func waitsGrowByTheMultiplierUpToTheLongestWait() {
        let policy = RetryPolicy(maxAttempts: 6, initialDelay: .seconds(2), multiplier: 3, maxDelay: .seconds(30))
        #expect(policy.delay(afterAttempt: 1) == .seconds(2))
        #expect(policy.delay(afterAttempt: 2) == .seconds(6))
        #expect(policy.delay(afterAttempt: 3) == .seconds(18))
        #expect(policy.delay(afterAttempt: 4) == .seconds(30))
        #expect(policy.delay(afterAttempt: 40) == .seconds(30))
    }

    @Test func theLastAttemptAllowsNoRetry() {
        let policy = RetryPolicy(maxAttempts: 3)
        #expect(policy.allowsRetry(afterAttempt: 2))
        #expect(!policy.allowsRetry(afterAttempt: 3))
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
    }
}

import Foundation
import Testing
import WartaTestSupport

/// Runs a suite with one llmock server started before its first test and stopped after its
/// last, reachable from the tests as `LLMockScope.server`.
///
/// When llmock is not installed the suite is skipped, unless the environment variable `CI` is
/// set: CI installs llmock through `scripts/bootstrap`, so there its absence is a failure.
struct LLMockScope: SuiteTrait, TestScoping {
    /// The server of the suite being run.
    @TaskLocal static var server: LLMockServer?

    /// Whether the suite should run: llmock is installed, or this is CI (where the start then
    /// fails with the reason).
    static var shouldRun: Bool {
        LLMockServer.isInstalled || ProcessInfo.processInfo.environment["CI"] != nil
    }

    var isRecursive: Bool { false }

    func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        let server = try await LLMockServer.start()
        defer { server.stop() }
        try await Self.$server.withValue(server) {
            try await function()
        }
    }
}

extension Trait where Self == LLMockScope {
    /// Starts llmock for the suite (see `LLMockScope`).
    static var llmockServer: Self { LLMockScope() }
}

import Foundation
@testable import Pipeline
import Testing

@Suite("WorkerName")
struct WorkerNameTests {
    /// The ID of a process that ran and was reaped, so no process has it (barring reuse).
    static func exitedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aWorkerOfAnExitedProcessOnThisHostIsGone() throws {
        let host = ProcessInfo.processInfo.hostName
        #expect(WorkerName.isGoneLocalProcess("\(host):\(try Self.exitedProcessID()):abc"))
    }

    @Test func liveProcessesOtherHostsAndForeignNamesAreNotGone() throws {
        let host = ProcessInfo.processInfo.hostName
        #expect(!WorkerName.isGoneLocalProcess(WorkerName.make()))
        #expect(!WorkerName.isGoneLocalProcess("\(host):1:abc"))
        #expect(!WorkerName.isGoneLocalProcess("elsewhere.example:\(try Self.exitedProcessID()):abc"))
        #expect(!WorkerName.isGoneLocalProcess("worker-7"))
    }
}

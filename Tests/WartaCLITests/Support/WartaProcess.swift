import Foundation
import WartaTestSupport

/// Runs the built `warta` executable as a user would, and captures what it prints.
struct WartaProcess {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `warta` binary built beside the test bundle.
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("warta")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return SharedData.repositoryRoot.appendingPathComponent(".build/debug/warta")
    }()

    /// Runs `warta` with `arguments`, feeding `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data(), in directory: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let standardInput = Pipe(), standardOutput = Pipe(), standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // Output is drained on other threads so that a large result cannot fill a pipe and stall the child.
        let outputData = LockedData(), errorData = LockedData()
        let group = DispatchGroup()
        for (pipe, sink) in [(standardOutput, outputData), (standardError, errorData)] {
            group.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        standardInput.fileHandleForWriting.write(input)
        try standardInput.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData.get(), as: UTF8.self),
            standardError: String(decoding: errorData.get(), as: UTF8.self)
        )
    }
}

/// A `warta` process left running, for tests that stop or kill it.
final class RunningWarta {
    let process = Process()
    let log: URL

    /// Starts `warta` with `arguments` in `directory`, its standard output and error going to `log`.
    init(_ arguments: [String], in directory: URL, log: URL) throws {
        self.log = log
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        process.executableURL = WartaProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Sends `signal` (SIGKILL by default) to the process.
    func kill(_ signal: Int32 = SIGKILL) {
        Foundation.kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end and returns its status.
    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    var isRunning: Bool { process.isRunning }
}

/// Data written by one thread and read by another after a `DispatchGroup` wait.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// A temporary folder for one test's files, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("warta-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `contents` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    /// Writes `data` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }
}

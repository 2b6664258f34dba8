import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The third-party fake LLM server `llmock` (PyPI, MIT) run as a child process on a free
/// 127.0.0.1 port, for tests that drive provider adapters against someone else's idea of the
/// OpenAI and Anthropic wire formats and let it grade the client's retry behaviour.
///
/// ```swift
/// let server = try await LLMockServer.start()
/// defer { server.stop() }
/// // POST \(server.baseURL)/_llmock/scenario, send requests, GET /_llmock/verdict
/// ```
///
/// The server is found as an `llmock` executable on `PATH`, or else as the `llmock` Python
/// package importable by `python3` (the package ships no `__main__`, so its Typer app is called
/// directly). `scripts/bootstrap` installs it.
public final class LLMockServer: @unchecked Sendable {
    /// How to start llmock on this machine: the executable and the arguments before `serve`.
    public struct Launcher: Sendable, Equatable {
        /// The program to run.
        public var executable: URL
        /// Arguments placed before llmock's own `serve …` arguments.
        public var leadingArguments: [String]
    }

    /// Why llmock could not be started.
    public enum StartError: Error, CustomStringConvertible {
        /// Neither an `llmock` executable on `PATH` nor the `llmock` Python package was found.
        case notInstalled
        /// The process started but did not accept connections in time; `log` is its output's end.
        case notAnswering(port: Int, log: String)
        /// The process could not be launched.
        case launchFailed(String)

        public var description: String {
            switch self {
            case .notInstalled:
                return "llmock is not installed: run scripts/bootstrap or `python3 -m pip install llmock` (needs an `llmock` executable on PATH or the llmock package for python3)"
            case let .notAnswering(port, log):
                return "llmock did not answer on 127.0.0.1:\(port) within the start-up wait; its output ends with:\n\(log)"
            case let .launchFailed(reason):
                return "llmock could not be launched: \(reason)"
            }
        }
    }

    /// The server's root, e.g. `http://127.0.0.1:40123` (OpenAI routes under `/v1`, Anthropic
    /// under `/anthropic/v1`, the control API under `/_llmock`).
    public let baseURL: URL
    /// The port the server listens on.
    public let port: Int
    private let process: Process
    private let logURL: URL

    private init(process: Process, port: Int, logURL: URL) {
        self.process = process
        self.port = port
        self.logURL = logURL
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    deinit {
        stop()
    }

    /// How llmock would be started here, or nil when it is not installed. Looked up once.
    public static let launcher: Launcher? = findLauncher()

    /// Whether llmock is installed on this machine.
    public static var isInstalled: Bool { launcher != nil }

    /// Starts llmock on a free loopback port and waits until it accepts connections.
    ///
    /// - Parameter startupTimeout: How long to wait for the server to listen.
    /// - Throws: `StartError`.
    public static func start(startupTimeout: Duration = .seconds(20)) async throws -> LLMockServer {
        guard let launcher else { throw StartError.notInstalled }
        let port = try freePort()
        let logURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("llmock-\(port)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        let process = Process()
        process.executableURL = launcher.executable
        process.arguments = launcher.leadingArguments
            + ["serve", "--host", "127.0.0.1", "--port", String(port), "--log-level", "warning"]
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        // The server's behaviour must come from the scenarios the tests queue, nothing else.
        for name in environment.keys where name.hasPrefix("LLMOCK_") { environment[name] = nil }
        environment["PYTHONUNBUFFERED"] = "1"
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw StartError.launchFailed("\(error)")
        }
        try? log.close()
        let server = LLMockServer(process: process, port: port, logURL: logURL)
        let deadline = ContinuousClock.now + startupTimeout
        while ContinuousClock.now < deadline {
            if !process.isRunning { break }
            if acceptsConnections(port: port) { return server }
            try await Task.sleep(for: .milliseconds(50))
        }
        let output = server.logTail()
        server.stop()
        throw StartError.notAnswering(port: port, log: output)
    }

    /// Stops the server and waits for it to exit. Safe to call more than once.
    public func stop() {
        if process.isRunning {
            // SIGKILL, not terminate(): a child of a Swift test process inherits a signal mask
            // that blocks SIGTERM and SIGINT, so uvicorn would never see them. A fake server
            // has nothing to save.
            kill(process.processIdentifier, SIGKILL)
            // Polled rather than waitUntilExit(), which spins a run loop at full CPU off the
            // main thread.
            let deadline = ContinuousClock.now + .seconds(10)
            while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        }
        try? FileManager.default.removeItem(at: logURL)
    }

    /// The last lines the server printed, for failure messages.
    public func logTail(maximumCharacters: Int = 2000) -> String {
        guard let data = FileManager.default.contents(atPath: logURL.path) else { return "" }
        return String(String(decoding: data, as: UTF8.self).suffix(maximumCharacters))
    }

    // MARK: - Finding and probing

    private static func findLauncher() -> Launcher? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init)
        func executable(named name: String) -> URL? {
            for directory in directories where !directory.isEmpty {
                let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            return nil
        }
        if let llmock = executable(named: "llmock"), runsSuccessfully(llmock, ["--help"]) {
            return Launcher(executable: llmock, leadingArguments: [])
        }
        // `python3 -m llmock` does not exist (no __main__); call the Typer app it installs as its script.
        if let python = executable(named: "python3"), runsSuccessfully(python, ["-c", "import llmock.cli"]) {
            return Launcher(executable: python, leadingArguments: ["-c", "import sys; from llmock.cli import app; sys.argv[0] = 'llmock'; app()"])
        }
        return nil
    }

    /// Whether `executable arguments` exits with status 0 (e.g. a pyenv shim for a Python
    /// without llmock fails).
    private static func runsSuccessfully(_ executable: URL, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        let deadline = ContinuousClock.now + .seconds(30)
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return false
        }
        return process.terminationStatus == 0
    }

    /// A port no one listens on now: bind port 0, read what the kernel chose, release it.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, streamType, 0)
        guard descriptor >= 0 else { throw StartError.launchFailed("socket() failed: errno \(errno)") }
        defer { close(descriptor) }
        var address = loopbackAddress(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw StartError.launchFailed("bind() failed: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw StartError.launchFailed("getsockname() failed: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    private static func acceptsConnections(port: Int) -> Bool {
        let descriptor = socket(AF_INET, streamType, 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = loopbackAddress(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return connected == 0
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
    private static let streamType = SOCK_STREAM
    #endif

    private static func loopbackAddress(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}

import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `LoopbackHTTPServer` could not start.
struct LoopbackServerError: Error, CustomStringConvertible {
    /// The system call that failed.
    var call: String
    /// Its `errno`.
    var code: Int32

    var description: String {
        "\(call) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}

/// The sockets, threads and shared state behind a `LoopbackHTTPServer`.
///
/// Threads hold this object, not the public server, so the server's `deinit` can run while
/// they are alive and stop them.
final class LoopbackServerCore: Sendable {
    /// What the threads and the test share, under `state`'s lock.
    struct State: Sendable {
        var handler: @Sendable (RecordedRequest) -> ScriptedReply
        var queue: [ScriptedReply] = []
        var requests: [RecordedRequest] = []
        var connectionCount = 0
        var acceptThread: JoinableThread?
        var connectionThreads: [JoinableThread] = []
        var stopped = false
    }

    /// The port the listening socket is bound to.
    let port: Int
    /// Shared state.
    let state: Mutex<State>
    private let listener: Int32
    /// A pipe written once by `stop()`: every wait polls its read end, so stopping wakes all
    /// threads at once. It is never read, so it stays readable after the stop.
    private let wakeReader: Int32
    private let wakeWriter: Int32
    /// Held for the whole of `stop()`, so a second caller waits until the first is done.
    private let stopLock = Mutex(false)

    /// How long a kept-alive connection may sit idle before the server closes it.
    static let idleTimeout: Duration = .seconds(60)
    /// How long a request may take to arrive once it has begun, and a send may block.
    static let transferTimeout: Duration = .seconds(5)

    init(handler: @escaping @Sendable (RecordedRequest) -> ScriptedReply) throws {
        var pipeDescriptors: [Int32] = [-1, -1]
        guard pipe(&pipeDescriptors) == 0 else { throw LoopbackServerError(call: "pipe", code: errno) }
        wakeReader = pipeDescriptors[0]
        wakeWriter = pipeDescriptors[1]
        for descriptor in pipeDescriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }

        #if canImport(Glibc)
        let streamType = Int32(SOCK_STREAM.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        let listener = socket(AF_INET, streamType, 0)
        guard listener >= 0 else {
            let code = errno
            close(wakeReader)
            close(wakeWriter)
            throw LoopbackServerError(call: "socket", code: code)
        }
        _ = fcntl(listener, F_SETFD, FD_CLOEXEC)

        do {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw LoopbackServerError(call: "bind", code: errno) }
            guard listen(listener, 128) == 0 else { throw LoopbackServerError(call: "listen", code: errno) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    getsockname(listener, $0, &length)
                }
            }
            guard named == 0 else { throw LoopbackServerError(call: "getsockname", code: errno) }
            port = Int(UInt16(bigEndian: address.sin_port))
            self.listener = listener
        } catch {
            close(listener)
            close(wakeReader)
            close(wakeWriter)
            throw error
        }

        state = Mutex(State(handler: handler))
        let acceptThread = JoinableThread { [self] in acceptLoop() }
        state.withLock { $0.acceptThread = acceptThread }
    }

    // MARK: Stopping

    /// Wakes every thread, joins them, and closes the listening socket and the pipe.
    func stop() {
        stopLock.withLock { alreadyStopped in
            if alreadyStopped { return }
            alreadyStopped = true
            let acceptThread = state.withLock { state -> JoinableThread? in
                state.stopped = true
                return state.acceptThread
            }
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
            // The accept thread adds connection threads only while not stopped, so once it is
            // joined the list is final.
            acceptThread?.join()
            let connectionThreads = state.withLock { $0.connectionThreads }
            for thread in connectionThreads {
                thread.join()
            }
            close(listener)
            close(wakeReader)
            close(wakeWriter)
        }
    }

    // MARK: Accepting

    private func acceptLoop() {
        while true {
            guard wait(for: listener, timeout: nil) == .ready else { return }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR || errno == ECONNABORTED || errno == EAGAIN { continue }
                return
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            configure(connection)
            let started = state.withLock { state -> Bool in
                if state.stopped { return false }
                state.connectionCount += 1
                let number = state.connectionCount
                state.connectionThreads.append(JoinableThread { [self] in
                    LoopbackConnection(descriptor: connection, number: number, core: self).run()
                })
                return true
            }
            if !started {
                close(connection)
                return
            }
        }
    }

    /// Small writes go out at once (event-stream chunks), and a send to a client that stopped
    /// reading gives up after `transferTimeout` instead of blocking the thread forever.
    private func configure(_ connection: Int32) {
        var yes: Int32 = 1
        _ = setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        #if canImport(Darwin)
        _ = setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var timeout = timeval(tv_sec: Int(Self.transferTimeout.components.seconds), tv_usec: 0)
        _ = setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    // MARK: Replies

    /// Records `request` and picks its reply: the oldest queued one, else the handler's.
    func reply(to request: RecordedRequest) -> ScriptedReply {
        let queued = state.withLock { state -> ScriptedReply? in
            state.requests.append(request)
            return state.queue.isEmpty ? nil : state.queue.removeFirst()
        }
        if let queued { return queued }
        // Called outside the lock: the handler may read `requests`.
        let handler = state.withLock { $0.handler }
        return handler(request)
    }

    // MARK: Waiting

    /// How a wait ended.
    enum WaitOutcome {
        /// The descriptor is readable (or at end of file, or failed).
        case ready
        /// The server is stopping.
        case stopped
        /// The timeout passed.
        case timedOut
    }

    /// Waits until `descriptor` is readable, the server stops, or `timeout` (nil: none) passes.
    func wait(for descriptor: Int32?, timeout: Duration?) -> WaitOutcome {
        var descriptors = [pollfd(fd: wakeReader, events: Int16(POLLIN), revents: 0)]
        if let descriptor {
            descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            let milliseconds = deadline.map { Self.milliseconds(until: $0) } ?? -1
            let count = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
            if count < 0 {
                if errno == EINTR { continue }
                return .stopped
            }
            if descriptors[0].revents != 0 { return .stopped }
            if count > 0 { return .ready }
            return .timedOut
        }
    }

    /// Sleeps for `duration`; false if the server began stopping meanwhile.
    func sleep(for duration: Duration) -> Bool {
        if duration <= .zero { return !isStopping }
        return wait(for: nil, timeout: duration) == .timedOut
    }

    /// Whether `stop()` has begun.
    var isStopping: Bool {
        state.withLock { $0.stopped }
    }

    /// Whole milliseconds from now until `deadline`, rounded up, at least 0.
    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = deadline - ContinuousClock.now
        if remaining <= .zero { return 0 }
        let (seconds, attoseconds) = remaining.components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}

/// A POSIX thread that can be joined, unlike Foundation's `Thread`.
struct JoinableThread: @unchecked Sendable {  // pthread_t is a plain handle; joined once.
    private let thread: pthread_t

    /// Starts a thread running `body`.
    init(_ body: @escaping @Sendable () -> Void) {
        final class Box {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { context in
            Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        precondition(result == 0, "pthread_create failed with \(result)")
        self.thread = thread
        #else
        var thread: pthread_t?
        let result = pthread_create(&thread, nil, { context in
            Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }, context)
        precondition(result == 0, "pthread_create failed with \(result)")
        self.thread = thread!
        #endif
    }

    /// Waits for the thread to finish.
    func join() {
        _ = pthread_join(thread, nil)
    }
}

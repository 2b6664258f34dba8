#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 for the benchmark, run in a child process so that its
/// CPU and memory are not counted against the client under test.
///
/// One thread, `poll(2)` over non-blocking sockets, keep-alive connections. Every request is
/// answered `200` with a two-byte body; a request whose path starts with `/slow` is answered
/// `latency` after it arrived (timers fire in arrival order, since the delay is constant).
/// Request bodies are not supported (the benchmark sends GETs only).
final class BenchmarkServer {
    /// The port the server listens on.
    let port: Int
    private let listener: Int32
    private let latencyNanoseconds: UInt64

    /// The reply, the same for every request.
    private static let reply = Array(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok".utf8
    )

    /// One open connection.
    private struct Connection {
        var socket: Int32
        /// Distinguishes this connection from a later one that reuses its descriptor.
        var serial: Int
        /// Bytes of requests not yet complete.
        var input: [UInt8] = []
    }

    /// A reply waiting for its latency to pass.
    private struct PendingReply {
        var due: UInt64
        var socket: Int32
        var serial: Int
    }

    /// Binds 127.0.0.1 on an ephemeral port.
    init(latency: Duration) throws(BenchmarkFailure) {
        let (seconds, attoseconds) = latency.components
        latencyNanoseconds = UInt64(seconds) * 1_000_000_000 + UInt64(attoseconds / 1_000_000_000)
        #if canImport(Glibc)
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { throw .system("socket", errno) }
        var one: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw .system("bind", errno) }
        guard listen(socketFD, 4096) == 0 else { throw .system("listen", errno) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = socketFD
        BenchmarkServer.makeNonBlocking(socketFD)
    }

    /// Serves until the process is killed.
    func run() -> Never {
        var polled = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
        var connections: [Connection?] = [nil]  // index-aligned with `polled`; 0 is the listener
        var indexBySocket: [Int32: Int] = [:]
        var pending: [PendingReply] = []
        var firstPending = 0
        var nextSerial = 0
        var scratch = [UInt8](repeating: 0, count: 65_536)
        let parent = getppid()

        while true {
            // Wake at least twice a second to notice a benchmark that died without stopping us.
            var wait: UInt64 = 500_000_000
            if firstPending < pending.count {
                let now = BenchmarkServer.now()
                let due = pending[firstPending].due
                wait = min(wait, due <= now ? 0 : due - now)
            }
            // poll counts whole milliseconds: round down, and sleep off a last fraction of one
            // so that delayed replies are neither early nor up to 1 ms late.
            if wait > 0, wait < 1_000_000 {
                usleep(UInt32(wait / 1_000))
                wait = 0
            }
            let ready = poll(&polled, nfds_t(polled.count), Int32(wait / 1_000_000))
            if ready == 0, getppid() != parent { exit(0) }
            if ready < 0 && errno != EINTR { fatalError("poll failed: \(errno)") }

            if ready > 0, polled[0].revents & Int16(POLLIN) != 0 {
                while true {
                    let socket = accept(listener, nil, nil)
                    if socket < 0 { break }
                    BenchmarkServer.makeNonBlocking(socket)
                    var one: Int32 = 1
                    setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                    nextSerial += 1
                    indexBySocket[socket] = polled.count
                    polled.append(pollfd(fd: socket, events: Int16(POLLIN), revents: 0))
                    connections.append(Connection(socket: socket, serial: nextSerial))
                }
            }

            var index = 1
            while ready > 0, index < polled.count {
                guard polled[index].revents != 0 else {
                    index += 1
                    continue
                }
                polled[index].revents = 0
                var connection = connections[index]!
                var open = true
                while true {
                    let count = read(connection.socket, &scratch, scratch.count)
                    if count > 0 {
                        connection.input.append(contentsOf: scratch[0..<count])
                        if count < scratch.count { break }
                    } else if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                        break
                    } else {
                        open = false
                        break
                    }
                }
                if open {
                    let now = BenchmarkServer.now()
                    for isSlow in BenchmarkServer.takeRequests(from: &connection.input) {
                        if isSlow && latencyNanoseconds > 0 {
                            pending.append(PendingReply(due: now + latencyNanoseconds, socket: connection.socket, serial: connection.serial))
                        } else {
                            BenchmarkServer.sendReply(to: connection.socket)
                        }
                    }
                    connections[index] = connection
                    index += 1
                } else {
                    close(connection.socket)
                    indexBySocket[connection.socket] = nil
                    // Swap-remove; the moved entry is looked at next, at this same index.
                    let last = polled.count - 1
                    if index != last {
                        polled[index] = polled[last]
                        connections[index] = connections[last]
                        indexBySocket[polled[index].fd] = index
                    }
                    polled.removeLast()
                    connections.removeLast()
                }
            }

            let now = BenchmarkServer.now()
            while firstPending < pending.count, pending[firstPending].due <= now {
                let reply = pending[firstPending]
                firstPending += 1
                if let index = indexBySocket[reply.socket], connections[index]?.serial == reply.serial {
                    BenchmarkServer.sendReply(to: reply.socket)
                }
            }
            if firstPending > 4096, firstPending * 2 > pending.count {
                pending.removeFirst(firstPending)
                firstPending = 0
            }
        }
    }

    /// Removes every complete request (head ending in a blank line) from `input` and returns,
    /// for each, whether its path starts with "/slow".
    private static func takeRequests(from input: inout [UInt8]) -> [Bool] {
        var requests: [Bool] = []
        var start = 0
        var index = 0
        while index + 3 < input.count {
            if input[index] == 13, input[index + 1] == 10, input[index + 2] == 13, input[index + 3] == 10 {
                requests.append(isSlow(input[start..<index]))
                index += 4
                start = index
            } else {
                index += 1
            }
        }
        if start > 0 { input.removeFirst(start) }
        return requests
    }

    private static func isSlow(_ head: ArraySlice<UInt8>) -> Bool {
        guard let space = head.firstIndex(of: 32) else { return false }
        return head[(space + 1)...].starts(with: "/slow".utf8)
    }

    private static func sendReply(to socket: Int32) {
        // Loopback socket buffers take 90 bytes at once; a full one means a client that does
        // not read, which the benchmark's clients never are.
        _ = reply.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
    }

    private static func makeNonBlocking(_ socket: Int32) {
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

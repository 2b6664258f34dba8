#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A new file written through a buffer: created exclusively (it must not exist), filled with
/// `write`, then closed. The building block of `AtomicFile` and of the digest's streamed files.
final class OutputFile {
    /// The file's path.
    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferLimit = 64 * 1024

    /// Creates the file at `path`, which must not exist yet (a leftover of another writer is
    /// never written through).
    init(creating path: String) throws(PublishingError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
        buffer.reserveCapacity(Self.bufferLimit)
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Appends `text` (as UTF-8).
    func write(_ text: String) throws(PublishingError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Appends `bytes`.
    func write<Bytes: Collection>(bytes: Bytes) throws(PublishingError) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Writes out what is buffered.
    func flush() throws(PublishingError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: Self.lastError())
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, optionally forces the bytes to the disk, and closes the file.
    func close(synchronize: Bool) throws(PublishingError) {
        try flush()
        if synchronize, fsync(descriptor) != 0 {
            throw .cannotWrite(path: path, reason: Self.lastError())
        }
        let result = Self.closeDescriptor(descriptor)
        descriptor = -1
        if result != 0 { throw .cannotWrite(path: path, reason: Self.lastError()) }
    }

    /// Closes the file without caring about errors and deletes it (after a failure).
    func discard() {
        if descriptor >= 0 { _ = Self.closeDescriptor(descriptor) }
        descriptor = -1
        _ = unlink(path)
    }

    private static func closeDescriptor(_ descriptor: Int32) -> Int32 {
        systemClose(descriptor)
    }

    /// The C library's message for `errno`.
    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

// The C functions under names that the class's own `write` and `close` do not hide.
private func systemWrite(_ descriptor: Int32, _ address: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, address, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

extension OutputFile {
    /// Appends the whole content of the file at `path`, read in chunks.
    func append(contentsOfFileAt path: String) throws(PublishingError) {
        try flush()
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw .cannotRead(path: path, reason: Self.lastError()) }
        defer { _ = systemClose(source) }
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path: path, reason: Self.lastError())
            }
            if count == 0 { return }
            try write(bytes: chunk[..<count])
        }
    }
}

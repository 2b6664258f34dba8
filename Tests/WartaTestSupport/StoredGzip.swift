import Foundation

/// Writes gzip data whose deflate stream holds only "stored" (uncompressed) blocks.
///
/// Valid gzip that any decoder (libcurl's zlib included) inflates, written in a few lines
/// because the test-support target cannot link zlib without a package change. Tests need a
/// `Content-Encoding: gzip` body to decode, not a small one.
enum StoredGzip {
    /// `data` wrapped as a gzip member (RFC 1952) of stored deflate blocks (RFC 1951 §3.2.4).
    static func encode(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        // Magic, deflate method, no flags, no modification time, no extra flags, unknown OS.
        var output: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        output.reserveCapacity(bytes.count + bytes.count / 65_535 * 5 + 23)
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            // One header byte: BFINAL in bit 0, BTYPE 00 (stored); the rest pads to the byte.
            output.append(end == bytes.count ? 1 : 0)
            appendLittleEndian(UInt32(length) | UInt32(~length) << 16, byteCount: 4, to: &output)
            output.append(contentsOf: bytes[start..<end])
            start = end
        } while start < bytes.count
        appendLittleEndian(crc32(bytes), byteCount: 4, to: &output)
        appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count), byteCount: 4, to: &output)
        return Data(output)
    }

    private static func appendLittleEndian(_ value: UInt32, byteCount: Int, to output: inout [UInt8]) {
        for index in 0..<byteCount {
            output.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))))
        }
    }

    /// The CRC-32 (IEEE, reflected) that gzip's trailer carries.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8)
        }
        return ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xedb8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }
}

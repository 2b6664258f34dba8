/// The Windows-1252 ("ANSI", "Latin-1" as browsers read it) character set, the usual
/// encoding of text that is not valid UTF-8: curly quotes, dashes and accented letters
/// saved by older Windows tools.
enum Windows1252 {
    /// The scalars of bytes 0x80–0x9F, where Windows-1252 differs from ISO-8859-1.
    /// The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
    private static let highControlRange: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// `bytes` read as Windows-1252.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? highControlRange[Int(byte) - 0x80] : UInt32(byte)
            // Every value in the table and every byte outside it is a valid scalar.
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}

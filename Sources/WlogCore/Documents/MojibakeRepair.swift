/// Repairs text that was UTF-8, read as Windows-1252 and encoded as UTF-8 again
/// (`Donâ€™t` → `Don’t`), leaving correct text such as `Ângulo` alone.
///
/// A run of characters is replaced only when the Windows-1252 bytes behind it form one
/// complete, valid multi-byte UTF-8 sequence. The five bytes Windows-1252 leaves unmapped
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D) arrive as the C1 controls of the same value and are read back as such.
public enum MojibakeRepair {
    /// Returns `text` with every mojibake sequence decoded; other characters are kept as they are.
    public static func repair(_ text: String) -> String {
        // Every candidate lead (U+00C2 to U+00F4) is written in UTF-8 with the byte 0xC3.
        guard text.utf8.contains(0xC3), text.unicodeScalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var index = 0
        while index < scalars.count {
            if let (decoded, length) = decodeSequence(in: scalars, at: index) {
                UTF8.encode(decoded) { output.append($0) }
                index += length
            } else {
                UTF8.encode(scalars[index]) { output.append($0) }
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` holds at least one sequence that `repair` would change.
    public static func needsRepair(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.contains { decodeSequence(in: scalars, at: $0) != nil }
    }

    private static func decodeSequence(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = windows1252Byte(scalars[start]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard start + length <= scalars.count else { return nil }
        var bytes = [lead]
        for offset in 1..<length {
            guard let byte = windows1252Byte(scalars[start + offset]), (0x80...0xBF).contains(byte) else {
                return nil
            }
            bytes.append(byte)
        }
        var decoded = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
        guard let scalar = decoded.next(), decoded.next() == nil, scalar != "\u{FFFD}" else { return nil }
        return (scalar, length)
    }

    /// The byte Windows-1252 encodes `scalar` as, counting the unmapped C1 bytes as themselves.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0..<0x80: return nil
        case 0x80...0xFF: return UInt8(scalar.value)
        default: return highWindows1252[scalar]
        }
    }

    private static let highWindows1252: [Unicode.Scalar: UInt8] = [
        "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84, "\u{2026}": 0x85,
        "\u{2020}": 0x86, "\u{2021}": 0x87, "\u{02C6}": 0x88, "\u{2030}": 0x89, "\u{0160}": 0x8A,
        "\u{2039}": 0x8B, "\u{0152}": 0x8C, "\u{017D}": 0x8E, "\u{2018}": 0x91, "\u{2019}": 0x92,
        "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2022}": 0x95, "\u{2013}": 0x96, "\u{2014}": 0x97,
        "\u{02DC}": 0x98, "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B, "\u{0153}": 0x9C,
        "\u{017E}": 0x9E, "\u{0178}": 0x9F,
    ]
}

/// Repairs text that was UTF-8, read as Windows-1252 and encoded as UTF-8 again
/// (`Donâ€™t` → `Don’t`), leaving correct text such as `Ângulo` alone.
///
/// A run of characters is replaced only when the Windows-1252 bytes behind it form one
/// complete, valid multi-byte UTF-8 sequence. The five bytes Windows-1252 leaves unmapped
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D) arrive as the C1 controls of the same value and are read back as such.
public enum MojibakeRepair {
    /// Returns `text` with every mojibake sequence decoded; other characters are kept as they are.
    ///
    /// Works on the UTF-8 bytes: a sequence can only start at a character from U+00C2 to U+00F4,
    /// all written with the lead byte 0xC3, so everything else is copied as it is.
    public static func repair(_ text: String) -> String {
        var text = text
        let repaired: [UInt8]? = text.withUTF8 { bytes in
            var output: [UInt8] = []
            var copied = 0
            var searchFrom = 0
            while let candidate = bytes[searchFrom...].firstIndex(of: 0xC3) {
                guard let (scalar, end) = decodeSequence(in: bytes, at: candidate) else {
                    searchFrom = candidate + 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<candidate])
                UTF8.encode(scalar) { output.append($0) }
                copied = end
                searchFrom = end
            }
            guard copied > 0 else { return nil }
            output.append(contentsOf: bytes[copied...])
            return output
        }
        return repaired.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Whether `text` holds at least one sequence that `repair` would change.
    public static func needsRepair(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { bytes[$0] == 0xC3 && decodeSequence(in: bytes, at: $0) != nil }
        }
    }

    /// The character that the Windows-1252 bytes of the characters from byte `start` spell, and
    /// the byte after them; nil when they spell no single valid multi-byte character.
    private static func decodeSequence(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var position = start
        guard let first = scalar(in: bytes, at: &position), let lead = windows1252Byte(first) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        var sequence = [lead]
        for _ in 1..<length {
            guard let next = scalar(in: bytes, at: &position), let byte = windows1252Byte(next),
                (0x80...0xBF).contains(byte)
            else {
                return nil
            }
            sequence.append(byte)
        }
        var decoded = String(decoding: sequence, as: UTF8.self).unicodeScalars.makeIterator()
        guard let scalar = decoded.next(), decoded.next() == nil, scalar != "\u{FFFD}" else { return nil }
        return (scalar, position)
    }

    /// The character whose (valid) UTF-8 starts at `position`, which is moved past it.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> Unicode.Scalar? {
        guard position < bytes.count else { return nil }
        var iterator = bytes[position...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        position += UTF8.width(scalar)
        return scalar
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

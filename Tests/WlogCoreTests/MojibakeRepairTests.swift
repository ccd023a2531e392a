import Testing

@testable import WlogCore

/// The byte-level repair gives exactly what a plain scalar-by-scalar reading gives.
@Suite struct MojibakeRepairTests {
    static let pieces = [
        "a", " ", "\n", "Don", "\u{E2}\u{20AC}\u{2122}", "\u{C3}\u{A9}", "\u{C3}", "\u{C2}", "\u{C2}\u{B0}", "\u{20AC}",
        "\u{81}",
        "\u{9D}", "\u{E9}", "\u{F0}\u{178}\u{8F}\u{2039}", "\u{E2}\u{20AC}", "\u{E0}\u{80}\u{80}", "\u{ED}\u{A0}\u{80}",
        "\u{F4}",
        "\u{1F3CB}", "\u{2019}", "\u{BF}",
    ]

    @Test func repairMatchesAScalarByScalarReading() {
        var state: UInt64 = 42
        for _ in 0..<5000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
            #expect(MojibakeRepair.repair(text) == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
            #expect(MojibakeRepair.needsRepair(text) == (Self.reference(text) != text))
        }
    }

    /// Tries a sequence at every character: the definition the byte-level version must match.
    static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (decoded, length) = sequence(in: scalars, at: index) {
                output.append(decoded)
                index += length
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    static func sequence(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        let windows1252: [UInt32: UInt8] = [
            0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
            0x02C6: 0x88,
            0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92,
            0x201C: 0x93,
            0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A,
            0x203A: 0x9B,
            0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
        ]
        func byte(_ scalar: Unicode.Scalar) -> UInt8? {
            (0x80...0xFF).contains(scalar.value) ? UInt8(scalar.value) : windows1252[scalar.value]
        }
        guard let lead = byte(scalars[start]) else { return nil }
        let length =
            (0xC2...0xDF).contains(lead) ? 2 : (0xE0...0xEF).contains(lead) ? 3 : (0xF0...0xF4).contains(lead) ? 4 : 0
        guard length > 0, start + length <= scalars.count else { return nil }
        var bytes = [lead]
        for offset in 1..<length {
            guard let next = byte(scalars[start + offset]), (0x80...0xBF).contains(next) else { return nil }
            bytes.append(next)
        }
        var decoded = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
        guard let scalar = decoded.next(), decoded.next() == nil, scalar != "\u{FFFD}" else { return nil }
        return (scalar, length)
    }
}

/// Where the lines of a document end. Every line break Unicode names ends a line, read one way
/// everywhere: LF, CR LF, a lone CR, vertical tab, form feed, NEL (U+0085), LINE SEPARATOR
/// (U+2028) and PARAGRAPH SEPARATOR (U+2029), the characters `Character.isNewline` reports.
/// YAML ends lines at most of them too, so front matter and body agree on every line number.
extension String {
    /// The lines of the text, split at every line break (a final break gives an empty last line).
    /// Works on the UTF-8 bytes; `characterLines()` is the reading it must equal.
    func splitIntoLines() -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let length = Self.lineBreakLength(in: bytes, at: index)
                guard length > 0 else {
                    index += 1
                    continue
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                index += length
                start = index
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }

    /// The lines of the text, character by character: the reference for `splitIntoLines`.
    func characterLines() -> [String] {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// The text with every line break written as one LF.
    func withUnixLineBreaks() -> String {
        hasLineBreakOtherThanLF ? splitIntoLines().joined(separator: "\n") : self
    }

    /// Whether the text holds a line break that is not a plain LF (a byte no other text starts with).
    private var hasLineBreakOtherThanLF: Bool {
        utf8.contains { (0x0B...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// How many bytes the line break at `index` takes (CR LF takes two, U+2028 three); 0 when none starts there.
    /// In valid UTF-8, C2 85 and E2 80 A8/A9 can only be those characters.
    private static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}

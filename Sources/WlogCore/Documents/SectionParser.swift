import Foundation

/// Splits Markdown lines into sections (at `#` headings and bold lines standing alone) and each
/// section into numbered items, bulleted items and paragraphs. Nothing is dropped: what it does not
/// recognise (tables, quotes, code) is kept as paragraph text.
enum SectionParser {
    static func sections(in lines: ArraySlice<String>, headingKind: @escaping (String?) -> SectionKind)
        -> [DocumentSection]
    {
        var builder = Builder(headingKind: headingKind)
        var fence: String?
        for raw in lines {
            let line = raw.trimmingTrailingWhitespace()
            if let open = fence {
                builder.appendToParagraph(line)
                if line.trimmingSpaces().startsWithASCII(open) {
                    fence = nil
                    builder.closeBlock()
                }
                continue
            }
            let trimmed = line.trimmingSpaces()
            let indent = line.countOfLeadingASCII { $0 == 0x20 || $0 == 0x09 }
            if trimmed.isEmpty {
                builder.blankLine()
            } else if let marker = ["```", "~~~"].first(where: { trimmed.startsWithASCII($0) }) {
                builder.closeBlock()
                builder.appendToParagraph(line)
                fence = marker
            } else if builder.continuesItem(indent: indent) {
                builder.appendToItem(line)
            } else if let (level, text) = atxHeading(trimmed) {
                builder.startSection(heading: text, level: level)
            } else if let text = boldHeading(trimmed) {
                builder.startSection(heading: text, level: 0)
            } else if indent < 4, let (style, text) = listItem(trimmed) {
                builder.startItem(style: style, text: text, indent: indent)
            } else if builder.acceptsLazyLine {
                builder.appendToItem(trimmed)
            } else {
                builder.appendToParagraph(line)
            }
        }
        if fence != nil { builder.dropTrailingBlankLines() }
        return builder.finish()
    }

    /// `### Setup` gives (3, "Setup").
    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.countOfLeadingASCII { $0 == UInt8(ascii: "#") }
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingSpaces())
    }

    /// `**Setup:**` or `**Setup**:` alone on a line gives "Setup:"; `**Setup**` gives "Setup".
    static func boldHeading(_ line: String) -> String? {
        if let heading = line.withASCIIBytes(asciiBoldHeading) { return heading }
        return characterBoldHeading(line)
    }

    /// `1. text`, `2) text`, `- text`, `* text` and `+ text`.
    static func listItem(_ line: String) -> (BlockStyle, String)? {
        if let item = line.withASCIIBytes(asciiListItem) { return item }
        return characterListItem(line)
    }

    /// `**Breathing**: text` and `**Breathing:** text` give ("Breathing", "text").
    static func splitLabel(_ text: String) -> (String?, String) {
        text.withASCIIBytes(asciiSplitLabel) ?? characterSplitLabel(text)
    }

    // The same three on ASCII lines, where every byte is a character (a line holds no CR LF pair).

    private static let star = UInt8(ascii: "*")
    private static let space = UInt8(ascii: " ")
    private static let colon = UInt8(ascii: ":")

    private static func asciiBoldHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        guard count >= 2, bytes[0] == star, bytes[1] == star else { return nil }
        let start = 2
        let end: Int
        var suffix = ""
        if count - start >= 3, bytes[count - 3] == star, bytes[count - 2] == star, bytes[count - 1] == colon {
            end = count - 3
            suffix = ":"
        } else if count - start >= 2, bytes[count - 2] == star, bytes[count - 1] == star {
            end = count - 2
        } else {
            return nil
        }
        guard end > start, bytes[start] != space, bytes[end - 1] != space,
            !(start..<(end - 1)).contains(where: { bytes[$0] == star && bytes[$0 + 1] == star })
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) + suffix
    }

    private static func asciiListItem(_ bytes: UnsafeBufferPointer<UInt8>) -> (BlockStyle, String)? {
        let count = bytes.count
        var digits = 0
        while digits < count, (0x30...0x39).contains(bytes[digits]) { digits += 1 }
        if digits > 0 {
            guard digits <= 9, digits + 1 < count,
                bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                bytes[digits + 1] == space
            else { return nil }
            return (.numbered, asciiTrimmed(bytes, digits + 2, count))
        }
        guard count >= 2, [UInt8(ascii: "-"), star, UInt8(ascii: "+")].contains(bytes[0]), bytes[1] == space else {
            return nil
        }
        let text = asciiTrimmed(bytes, 2, count)
        return text.isEmpty ? nil : (.bulleted, text)
    }

    private static func asciiSplitLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> (String?, String) {
        let count = bytes.count
        let whole = { String(decoding: bytes, as: UTF8.self) }
        guard count >= 2, bytes[0] == star, bytes[1] == star,
            let close = (2..<count).first(where: { bytes[$0] == star && $0 + 1 < count && bytes[$0 + 1] == star })
        else {
            return (nil, whole())
        }
        var labelEnd = close
        var restStart = close + 2
        if labelEnd > 2, bytes[labelEnd - 1] == colon {
            labelEnd -= 1
        } else if restStart < count, bytes[restStart] == colon {
            restStart += 1
        } else {
            return (nil, whole())
        }
        let label = asciiTrimmed(bytes, 2, labelEnd)
        guard !label.isEmpty else { return (nil, whole()) }
        return (label, asciiTrimmed(bytes, restStart, count))
    }

    /// The bytes from `start` to `end` without white space at either end.
    private static func asciiTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var start = start
        var end = end
        while start < end, bytes[start].isASCIIWhitespace { start += 1 }
        while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // The same three on any text, character by character.

    static func characterBoldHeading(_ line: String) -> String? {
        guard line.startsWithASCII("**") else { return nil }
        var rest = line.dropFirst(2)
        var suffix = ""
        if rest.hasSuffix("**:") {
            rest = rest.dropLast(3)
            suffix = ":"
        } else if rest.hasSuffix("**") {
            rest = rest.dropLast(2)
        } else {
            return nil
        }
        guard !rest.isEmpty, !rest.contains("**"), rest.first != " ", rest.last != " " else { return nil }
        return String(rest) + suffix
    }

    static func characterListItem(_ line: String) -> (BlockStyle, String)? {
        let digits = line.countOfLeadingASCII { (0x30...0x39).contains($0) }
        if digits > 0, digits <= 9 {
            let rest = line.dropFirst(digits)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return (.numbered, rest.dropFirst(2).trimmingSpaces())
            }
            return nil
        }
        if let mark = line.first, "-*+".contains(mark), line.dropFirst().first == " " {
            let text = line.dropFirst(2).trimmingSpaces()
            return text.isEmpty ? nil : (.bulleted, text)
        }
        return nil
    }

    static func characterSplitLabel(_ text: String) -> (String?, String) {
        guard text.startsWithASCII("**") else { return (nil, text) }
        let bytes = text.utf8
        let star = UInt8(ascii: "*")
        let start = bytes.index(bytes.startIndex, offsetBy: 2)
        guard
            let close = bytes[start...].indices.first(where: {
                bytes[$0] == star && bytes.index(after: $0) < bytes.endIndex && bytes[bytes.index(after: $0)] == star
            })
        else {
            return (nil, text)
        }
        var label = text[start..<close]
        var rest = text[bytes.index(close, offsetBy: 2)...]
        if label.hasSuffix(":") {
            label = label.dropLast()
        } else if rest.first == ":" {
            rest = rest.dropFirst()
        } else {
            return (nil, text)
        }
        let trimmedLabel = label.trimmingSpaces()
        guard !trimmedLabel.isEmpty else { return (nil, text) }
        return (trimmedLabel, rest.trimmingSpaces())
    }

    private struct Builder {
        let headingKind: (String?) -> SectionKind
        var sections: [DocumentSection] = []
        var current = DocumentSection(kind: .other, heading: nil, headingLevel: nil, blocks: [])
        var openStyle: BlockStyle?
        var openIndent = 0
        var afterBlank = false

        init(headingKind: @escaping (String?) -> SectionKind) {
            self.headingKind = headingKind
            current.kind = headingKind(nil)
        }

        var acceptsLazyLine: Bool { openStyle == .numbered || openStyle == .bulleted ? !afterBlank : false }

        func continuesItem(indent: Int) -> Bool {
            (openStyle == .numbered || openStyle == .bulleted) && indent > openIndent
        }

        mutating func blankLine() {
            if openStyle == .paragraph { openStyle = nil }
            afterBlank = true
        }

        mutating func closeBlock() {
            openStyle = nil
            afterBlank = false
        }

        mutating func startSection(heading: String, level: Int) {
            closeBlock()
            flushSection()
            current = DocumentSection(kind: headingKind(heading), heading: heading, headingLevel: level, blocks: [])
        }

        mutating func startItem(style: BlockStyle, text: String, indent: Int) {
            let (label, rest) = SectionParser.splitLabel(text)
            current.blocks.append(DocumentBlock(style: style, label: label, text: rest))
            openStyle = style
            openIndent = indent
            afterBlank = false
        }

        mutating func appendToItem(_ line: String) {
            guard let last = current.blocks.indices.last else { return }
            let separator = afterBlank ? "\n\n" : "\n"
            if current.blocks[last].text.isEmpty, !afterBlank {
                // The first words of an item whose lead stood alone: they are its text, as if on the lead line.
                current.blocks[last].text = line.trimmingSpaces()
            } else {
                current.blocks[last].text += separator + line
            }
            afterBlank = false
        }

        mutating func appendToParagraph(_ line: String) {
            if openStyle == .paragraph, let last = current.blocks.indices.last {
                current.blocks[last].text += "\n" + line
            } else {
                current.blocks.append(DocumentBlock(style: .paragraph, text: line))
                openStyle = .paragraph
            }
            afterBlank = false
        }

        /// A fence left open runs to the end of the part; the blank lines there are not its text.
        mutating func dropTrailingBlankLines() {
            guard let last = current.blocks.indices.last else { return }
            while current.blocks[last].text.hasSuffix("\n") { current.blocks[last].text.removeLast() }
        }

        private mutating func flushSection() {
            if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
        }

        mutating func finish() -> [DocumentSection] {
            flushSection()
            return sections
        }
    }
}

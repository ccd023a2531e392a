import Foundation

/// Splits Markdown lines into sections (at `#` headings and bold lines standing alone) and each
/// section into numbered items, bulleted items and paragraphs. Nothing is dropped: what it does not
/// recognise (tables, quotes, code) is kept as paragraph text.
enum SectionParser {
    static func sections(in lines: ArraySlice<String>, headingKind: @escaping (String?) -> SectionKind) -> [DocumentSection] {
        var builder = Builder(headingKind: headingKind)
        var fence: String?
        for raw in lines {
            let line = raw.trimmingTrailingWhitespace()
            if let open = fence {
                builder.appendToParagraph(line)
                if line.trimmingSpaces().startsWithASCII(open) { fence = nil; builder.closeBlock() }
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
        guard line.startsWithASCII("**") else { return nil }
        var rest = line.dropFirst(2)
        var suffix = ""
        if rest.hasSuffix("**:") { rest = rest.dropLast(3); suffix = ":" } else if rest.hasSuffix("**") { rest = rest.dropLast(2) } else { return nil }
        guard !rest.isEmpty, !rest.contains("**"), rest.first != " ", rest.last != " " else { return nil }
        return String(rest) + suffix
    }

    /// `1. text`, `2) text`, `- text`, `* text` and `+ text`.
    static func listItem(_ line: String) -> (BlockStyle, String)? {
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

    /// `**Breathing**: text` and `**Breathing:** text` give ("Breathing", "text").
    static func splitLabel(_ text: String) -> (String?, String) {
        guard text.startsWithASCII("**") else { return (nil, text) }
        let bytes = text.utf8
        let star = UInt8(ascii: "*")
        let start = bytes.index(bytes.startIndex, offsetBy: 2)
        guard let close = bytes[start...].indices.first(where: { bytes[$0] == star && bytes.index(after: $0) < bytes.endIndex && bytes[bytes.index(after: $0)] == star }) else {
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

import Foundation

/// Writes an `ExerciseDocument` back as Markdown with YAML front matter. Parsing what it writes
/// gives the same document, so an export re-imports as unchanged.
public enum DocumentRenderer {
    public static func markdown(_ document: ExerciseDocument) -> String {
        var parts: [String] = []
        let yaml = frontMatter(document)
        if !yaml.isEmpty { parts.append("---\n" + yaml + "---") }
        parts += document.body.map(render)
        if document.hasHowTo {
            parts.append("<!-- howto -->")
            parts += document.howTo.map(render)
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The file name an export writes the document to.
    public static func fileName(_ document: ExerciseDocument) -> String {
        document.metadata.slug + ".md"
    }

    /// The front matter as imported, with `name`, `slug` and `equipment` added where the
    /// original took them from a file name that the export does not keep.
    private static func frontMatter(_ document: ExerciseDocument) -> String {
        let metadata = document.metadata
        let yaml = document.frontMatterYAML
        let present = Set(
            yaml.split(separator: "\n").compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { return nil }
                return String(line[..<colon])
            })
        var added = ""
        for (key, value) in [("name", metadata.name), ("slug", metadata.slug), ("equipment", metadata.equipment)] {
            guard let value, !present.contains(key) else { continue }
            added += "\(key): \(quoted(value))\n"
        }
        return added + yaml
    }

    /// `text` as a double-quoted YAML scalar. Control characters, line breaks (YAML folds NEL,
    /// U+2028 and U+2029 into spaces inside quotes) and what YAML refuses unescaped are written as
    /// `\u` escapes, so the value reads back exactly.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func render(_ section: DocumentSection) -> String {
        var chunks: [String] = []
        if let heading = section.heading, let level = section.headingLevel {
            chunks.append(level == 0 ? boldHeading(heading) : atxHeading(heading, level: level))
        }
        var number = 0
        var previous: BlockStyle?
        var list: [String] = []
        let indents = itemIndents(section.blocks)
        for (block, indent) in zip(section.blocks, indents) {
            let continuesList = block.style != .paragraph && block.style == previous
            if !continuesList, !list.isEmpty {
                chunks.append(list.joined(separator: "\n"))
                list = []
            }
            number = continuesList ? number + 1 : 1
            switch block.style {
            case .paragraph: chunks.append(block.text)
            case .numbered: list.append(indent + "\(number). " + item(block))
            case .bulleted: list.append(indent + "- " + item(block))
            }
            previous = block.style
        }
        if !list.isEmpty { chunks.append(list.joined(separator: "\n")) }
        return chunks.joined(separator: "\n\n")
    }

    /// The spaces before each list item. A paragraph after a list whose first line is indented
    /// would read as the last item's continuation unless the items stand at least as far in;
    /// items before it stand as far in too, as a later item may not stand deeper than an earlier one.
    private static func itemIndents(_ blocks: [DocumentBlock]) -> [String] {
        var indents = Array(repeating: "", count: blocks.count)
        var needed = 0
        for index in blocks.indices.reversed() {
            if blocks[index].style == .paragraph {
                needed = firstLineIndent(ofParagraph: blocks[index].text)
            } else {
                indents[index] = String(repeating: " ", count: needed)
            }
        }
        return indents
    }

    /// How far a paragraph's first line stands in, as the parser counts it (a fence opens
    /// wherever it stands, so it needs none); at most 3, the deepest a list item may start.
    private static func firstLineIndent(ofParagraph text: String) -> Int {
        let firstLine = text.prefix { $0 != "\n" }
        let trimmed = firstLine.trimmingSpaces()
        if trimmed.startsWithASCII("```") || trimmed.startsWithASCII("~~~") { return 0 }
        return min(firstLine.countOfLeadingASCII { $0 == 0x20 || $0 == 0x09 }, 3)
    }

    /// `## Setup`; a heading that ends with `#` gets a closing ` #`, since reading drops every
    /// trailing `#` of a heading line.
    private static func atxHeading(_ heading: String, level: Int) -> String {
        let line = String(repeating: "#", count: level) + " " + heading
        return heading.hasSuffix("#") ? line + " #" : line
    }

    private static func boldHeading(_ heading: String) -> String {
        heading.hasSuffix(":") ? "**\(heading.dropLast())**:" : "**\(heading)**"
    }

    /// `**Label**: text`, or `**Label:** text` when the label ends with a colon or the text
    /// starts with one, the form that parses back to the same label and text.
    private static func item(_ block: DocumentBlock) -> String {
        guard let label = block.label else { return block.text }
        let lead = label.hasSuffix(":") || block.text.hasPrefix(":") ? "**\(label):**" : "**\(label)**:"
        return block.text.isEmpty ? lead : "\(lead) \(block.text)"
    }
}

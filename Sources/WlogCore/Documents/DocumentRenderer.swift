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
        let present = Set(yaml.split(separator: "\n").compactMap { line -> String? in
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

    /// `text` as a double-quoted YAML scalar (JSON string syntax is valid YAML).
    static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return escapingNonPrintable(String(decoding: data, as: UTF8.self))
    }

    /// A JSON string made valid YAML: JSON leaves DEL and the C1 controls raw, which YAML forbids
    /// (a name with U+009B would make a document wlog itself cannot read back), so they become `\u00XX`.
    static func escapingNonPrintable(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return json }
        var output = ""
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                output += "\\u00" + String(scalar.value, radix: 16, uppercase: true)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func render(_ section: DocumentSection) -> String {
        var chunks: [String] = []
        if let heading = section.heading, let level = section.headingLevel {
            chunks.append(level == 0 ? boldHeading(heading) : String(repeating: "#", count: level) + " " + heading)
        }
        var number = 0
        var previous: BlockStyle?
        var list: [String] = []
        for block in section.blocks {
            let continuesList = block.style != .paragraph && block.style == previous
            if !continuesList, !list.isEmpty {
                chunks.append(list.joined(separator: "\n"))
                list = []
            }
            number = continuesList ? number + 1 : 1
            switch block.style {
            case .paragraph: chunks.append(block.text)
            case .numbered: list.append("\(number). " + item(block))
            case .bulleted: list.append("- " + item(block))
            }
            previous = block.style
        }
        if !list.isEmpty { chunks.append(list.joined(separator: "\n")) }
        return chunks.joined(separator: "\n\n")
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

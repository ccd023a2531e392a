/// Lays an exercise document out for a terminal: name, equipment, muscles, description,
/// every section in order with numbered steps and bullets, the how-to, and the video link.
public enum DocumentLayout {
    /// How emphasis is drawn; the CLI passes colour, tests pass plain text.
    public struct Style: Sendable {
        public var heading: @Sendable (String) -> String
        public var label: @Sendable (String) -> String
        public var dim: @Sendable (String) -> String

        public init(
            heading: @escaping @Sendable (String) -> String, label: @escaping @Sendable (String) -> String,
            dim: @escaping @Sendable (String) -> String
        ) {
            self.heading = heading
            self.label = label
            self.dim = dim
        }

        public static let plain = Style(heading: { $0 }, label: { $0 }, dim: { $0 })
    }

    /// Every text of the document is shown terminal-safe (`TerminalText`), whatever the file held.
    public static func render(_ document: ExerciseDocument, style: Style = .plain, width: Int = 80) -> String {
        let document = document.forTerminal
        let metadata = document.metadata
        var lines = [style.heading(metadata.name)]
        var facts: [String] = []
        if let equipment = metadata.equipment { facts.append("Equipment: \(equipment)") }
        if !metadata.muscles.isEmpty { facts.append("Muscles: \(metadata.muscles.joined(separator: ", "))") }
        if !metadata.secondaryMuscles.isEmpty {
            facts.append("Also: \(metadata.secondaryMuscles.joined(separator: ", "))")
        }
        if !facts.isEmpty { lines.append(style.dim(facts.joined(separator: " · "))) }
        if !metadata.aliases.isEmpty {
            lines.append(style.dim("Also called: \(metadata.aliases.joined(separator: ", "))"))
        }
        if let description = metadata.description {
            lines.append("")
            lines += wrap(description, width: width, indent: "")
        }
        for section in document.body {
            lines.append("")
            if let heading = section.heading { lines.append(style.heading(title(heading).uppercased())) }
            lines += blocks(section.blocks, style: style, width: width, margin: "  ")
        }
        if document.hasHowTo, !document.howTo.isEmpty {
            lines.append("")
            lines.append(style.heading("HOW-TO"))
            var step = 0
            for section in document.howTo {
                if let heading = section.heading {
                    step += 1
                    lines.append("  \(step). " + style.label(title(heading)))
                }
                lines += blocks(section.blocks, style: style, width: width, margin: "     ")
            }
        }
        if let video = metadata.video {
            lines.append("")
            lines.append("Video: https://youtu.be/\(video)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(_ heading: String) -> String {
        heading.hasSuffix(":") ? String(heading.dropLast()) : heading
    }

    /// Each block after `margin`: its number or bullet, its label, its text, and a list nested
    /// in its text on lines of their own, indented under the block's text.
    private static func blocks(_ blocks: [DocumentBlock], style: Style, width: Int, margin: String) -> [String] {
        var lines: [String] = []
        var number = 0
        for block in blocks {
            number = block.style == .numbered ? number + 1 : 0
            let lead: String
            switch block.style {
            case .numbered: lead = margin + "\(number). "
            case .bulleted: lead = margin + "• "
            case .paragraph: lead = margin
            }
            let indent = String(repeating: " ", count: lead.count)
            let (text, nested) = block.style == .paragraph ? (block.text, []) : nestedList(in: block.text)
            let label = block.label.map { style.label($0) + (text.isEmpty ? ":" : ": ") } ?? ""
            lines += hanging(label + text, lead: lead, indent: indent, width: width)
            for item in nested {
                let itemLead = indent + item.marker + " "
                let itemLabel = item.label.map { style.label($0) + ": " } ?? ""
                lines += hanging(
                    itemLabel + item.text, lead: itemLead, indent: String(repeating: " ", count: itemLead.count),
                    width: width)
            }
        }
        return lines
    }

    /// An item of a list written inside a block's text, such as the `- Initiate…` lines under `3. **Squat Down**:`.
    private struct NestedItem {
        var marker: String
        var label: String?
        var text: String
    }

    /// The block's own text, and the list items that follow it (each with the lines that continue it).
    private static func nestedList(in text: String) -> (String, [NestedItem]) {
        var own: [Substring] = []
        var items: [NestedItem] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingSpaces()
            if let (itemStyle, itemText) = SectionParser.listItem(trimmed) {
                let (label, rest) = SectionParser.splitLabel(itemText)
                let marker = itemStyle == .numbered ? String(trimmed.prefix { $0 != " " }) : "•"
                items.append(NestedItem(marker: marker, label: label, text: rest))
            } else if let last = items.indices.last {
                items[last].text += "\n" + trimmed
            } else {
                own.append(line)
            }
        }
        return (own.joined(separator: "\n"), items)
    }

    /// `text` wrapped after `indent`, its first line starting with `lead` instead.
    private static func hanging(_ text: String, lead: String, indent: String, width: Int) -> [String] {
        var wrapped = wrap(text, width: width, indent: indent)
        if let first = wrapped.first { wrapped[0] = lead + first.dropFirst(indent.count) }
        return wrapped
    }

    /// Words of `text` in lines of at most `width` columns (a longer word stands alone), each after `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent.count + line.count + 1 + word.count > width {
                    lines.append(indent + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(indent + line)
        }
        return lines
    }
}

import Crypto
import Foundation

/// The content hash that makes imports idempotent, and the text the search index holds.
///
/// The hash covers what a document means (its metadata, unknown front matter keys and every
/// block), not how it was formatted, so an exported document re-imports as unchanged. Every
/// field is fed with a tag and its length, so different documents cannot run together.
enum DocumentHash {
    static func of(_ document: ExerciseDocument) -> String {
        var hasher = Feed()
        let metadata = document.metadata
        hasher.add("name", metadata.name)
        hasher.add("slug", metadata.slug)
        hasher.add("aliases", metadata.aliases)
        hasher.add("video", metadata.video)
        hasher.add("description", metadata.description)
        hasher.add("equipment", metadata.equipment)
        hasher.add("muscles", metadata.muscles)
        hasher.add("secondary", metadata.secondaryMuscles)
        hasher.add("category", metadata.category)
        hasher.add("tags", metadata.tags)
        for key in document.extraFrontMatter.keys.sorted() {
            hasher.add("extra", [key, document.extraFrontMatter[key] ?? ""])
        }
        hasher.add("body", document.body)
        hasher.add("howto", document.hasHowTo ? "yes" : "no")
        hasher.add("steps", document.howTo)
        return ContentHash.hex(SHA256.hash(data: hasher.bytes))
    }

    /// Collects tagged, length-prefixed fields, the bytes SHA-256 is taken of.
    private struct Feed {
        var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(8192)
        }

        mutating func add(_ tag: String, _ value: String?) {
            bytes.append(contentsOf: tag.utf8)
            bytes.append(UInt8(ascii: "="))
            guard let value else {
                bytes.append(contentsOf: "nil;".utf8)
                return
            }
            appendDecimal(value.utf8.count)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: ";"))
        }

        /// `number` in decimal digits, as `String(number)` writes it.
        private mutating func appendDecimal(_ number: Int) {
            if number >= 10 { appendDecimal(number / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
        }

        mutating func add(_ tag: String, _ values: [String]) {
            add(tag, "\(values.count)")
            for value in values { add(tag, value) }
        }

        mutating func add(_ tag: String, _ sections: [DocumentSection]) {
            add(tag, "\(sections.count)")
            for section in sections {
                add("kind", section.kind.rawValue)
                add("heading", section.heading)
                add("level", section.headingLevel.map(String.init))
                add("blocks", "\(section.blocks.count)")
                for block in section.blocks {
                    add("style", block.style.rawValue)
                    add("label", block.label)
                    add("text", block.text)
                }
            }
        }
    }

    /// Description, headings, labels and texts of both parts, one per line.
    static func searchableText(of document: ExerciseDocument) -> String {
        var text = ""
        text.reserveCapacity(4096)
        var first = true
        func line(_ part: String) {
            if !first { text += "\n" }
            first = false
            text += part
        }
        let metadata = document.metadata
        for part in [metadata.description, metadata.equipment].compactMap({ $0 }) + metadata.muscles
            + metadata.secondaryMuscles
        {
            line(part)
        }
        for sections in [document.body, document.howTo] {
            for section in sections {
                if let heading = section.heading { line(heading) }
                for block in section.blocks {
                    if let label = block.label {
                        line(label)
                        text += ": "
                        text += block.text
                    } else {
                        line(block.text)
                    }
                }
            }
        }
        return text
    }
}

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
            bytes.append(contentsOf: String(value.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: ";"))
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
        var lines = [document.metadata.description, document.metadata.equipment].compactMap { $0 }
        lines += document.metadata.muscles + document.metadata.secondaryMuscles
        for section in document.body + document.howTo {
            if let heading = section.heading { lines.append(heading) }
            for block in section.blocks {
                lines.append([block.label, block.text].compactMap { $0 }.joined(separator: ": "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

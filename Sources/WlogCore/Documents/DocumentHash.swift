import Foundation

/// The content hash that makes imports idempotent, and the text the search index holds.
///
/// The hash covers what a document means (its metadata, unknown front matter keys and every
/// block), not how it was formatted, so an exported document re-imports as unchanged.
enum DocumentHash {
    private struct HashedContent: Encodable {
        let metadata: ExerciseMetadata
        let extraFrontMatter: [String: String]
        let body: [DocumentSection]
        let hasHowTo: Bool
        let howTo: [DocumentSection]
    }

    static func of(_ document: ExerciseDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = HashedContent(
            metadata: document.metadata, extraFrontMatter: document.extraFrontMatter,
            body: document.body, hasHowTo: document.hasHowTo, howTo: document.howTo)
        let data = (try? encoder.encode(content)) ?? Data(DocumentRenderer.markdown(document).utf8)
        return ContentHash.sha256(data)
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

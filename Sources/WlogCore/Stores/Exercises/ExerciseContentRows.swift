import Foundation
import GRDB

/// The rows of the documents being stored, one bulk insert per table, flushed parents first.
struct ExerciseContentRows {
    let now: DatabaseValue
    var nextSectionID: Int64 = 1
    var exercises = BulkInsert(
        into: "exercise",
        columns: [
            "id", "slug", "name", "equipment", "category", "video", "description", "front_matter", "has_howto",
            "origin",
            "content_hash", "created_at", "updated_at",
        ])
    var aliases = BulkInsert(into: "exercise_alias", columns: ["exercise_id", "position", "alias"])
    var muscles = BulkInsert(into: "exercise_muscle", columns: ["exercise_id", "role", "position", "muscle"])
    var tags = BulkInsert(into: "exercise_tag", columns: ["exercise_id", "position", "tag"])
    var sections = BulkInsert(
        into: "exercise_section",
        columns: ["id", "exercise_id", "part", "position", "kind", "heading", "heading_level"])
    var blocks = BulkInsert(into: "exercise_block", columns: ["section_id", "position", "style", "label", "text"])
    var search = BulkInsert(into: "exercise_search", columns: ["rowid", "name", "aliases", "body"])

    init(now: DatabaseValue) {
        self.now = now
    }

    mutating func addExercise(_ item: DocumentToStore, id: Int64, hash: String) {
        let metadata = item.document.metadata
        exercises.add(id)
        for text in [
            metadata.slug, metadata.name, metadata.equipment, metadata.category, metadata.video, metadata.description,
            item.document.frontMatterYAML,
        ] {
            exercises.add(text)
        }
        exercises.add(item.document.hasHowTo ? 1 : 0)
        exercises.add(item.origin)
        exercises.add(hash)
        exercises.add(now)
        exercises.add(now)
    }

    mutating func addContent(of item: DocumentToStore, exerciseID id: Int64) {
        let document = item.document
        let metadata = document.metadata
        Self.addList(metadata.aliases, exerciseID: id, to: &aliases)
        for (role, names) in [("primary", metadata.muscles), ("secondary", metadata.secondaryMuscles)] {
            for (position, name) in names.enumerated() {
                muscles.add(id)
                muscles.add(role)
                muscles.add(position)
                muscles.add(name)
            }
        }
        Self.addList(metadata.tags, exerciseID: id, to: &tags)
        for (part, parts) in [("body", document.body), ("howto", document.howTo)] {
            for (position, section) in parts.enumerated() {
                sections.add(nextSectionID)
                sections.add(id)
                sections.add(part)
                sections.add(position)
                sections.add(section.kind.rawValue)
                sections.add(section.heading)
                sections.add(section.headingLevel.map { $0.databaseValue } ?? .null)
                for (blockPosition, block) in section.blocks.enumerated() {
                    blocks.add(nextSectionID)
                    blocks.add(blockPosition)
                    blocks.add(block.style.rawValue)
                    blocks.add(block.label)
                    blocks.add(block.text)
                }
                nextSectionID += 1
            }
        }
        search.add(id)
        search.add(metadata.name)
        search.add(metadata.aliases.joined(separator: " "))
        search.add(item.searchText ?? DocumentHash.searchableText(of: document))
    }

    /// One row (exercise, position, text) per item of an ordered list: the aliases, the tags.
    private static func addList(_ items: [String], exerciseID id: Int64, to rows: inout BulkInsert) {
        for (position, item) in items.enumerated() {
            rows.add(id)
            rows.add(position)
            rows.add(item)
        }
    }

    mutating func flush(_ db: Database) throws {
        for index in [\ExerciseContentRows.exercises, \.aliases, \.muscles, \.tags, \.sections, \.blocks, \.search] {
            try self[keyPath: index].flush(db)
        }
    }
}

import Foundation
import GRDB

/// A parsed document on its way into the store.
struct DocumentToStore: Sendable {
    var document: ExerciseDocument
    /// Where it came from, kept in the `origin` column.
    var origin: String
    /// Its content hash and the text the search index holds, when already computed (off the
    /// writing thread, say).
    var hash: String?
    var searchText: String?

    /// `document` from `origin`, with its hash and search text computed now.
    static func prepared(_ document: ExerciseDocument, origin: String) -> DocumentToStore {
        DocumentToStore(document: document, origin: origin, hash: DocumentHash.of(document), searchText: DocumentHash.searchableText(of: document))
    }
}

extension ExerciseRepository {
    /// Stores `document` under its slug inside the caller's transaction (see `saveAll`).
    static func save(_ document: ExerciseDocument, origin: String, in db: Database, now: Date = Date()) throws -> ImportOutcome {
        try saveAll([DocumentToStore(document: document, origin: origin)], in: db, now: now)[0]
    }

    /// Stores documents under their slugs inside the caller's transaction, each as its own
    /// outcome: inserted; replacing the content of the exercise that has that slug (keeping its
    /// id); or left alone when the content hash is the same. The slugs must differ.
    ///
    /// The rows of all documents are written table by table with multi-row statements, which is
    /// what lets an import of thousands of documents run near the speed of raw SQL.
    static func saveAll(_ documents: [DocumentToStore], in db: Database, now: Date = Date()) throws -> [ImportOutcome] {
        var rows = ContentRows(now: now.databaseValue)
        var nextExerciseID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM exercise")).map { $0 + 1 } ?? 1
        rows.nextSectionID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM exercise_section")).map { $0 + 1 } ?? 1
        var outcomes: [ImportOutcome] = []
        outcomes.reserveCapacity(documents.count)
        for item in documents {
            let hash = item.hash ?? DocumentHash.of(item.document)
            let stored = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT id, content_hash FROM exercise WHERE slug = ?"), arguments: [item.document.metadata.slug])
            if let stored, stored["content_hash"] == hash {
                outcomes.append(.unchanged)
            } else if let stored, let id: Int64 = stored["id"] {
                try replaceRow(of: id, with: item, hash: hash, in: db, now: now)
                try deleteContent(of: id, in: db)
                rows.addContent(of: item, exerciseID: id)
                outcomes.append(.updated)
            } else {
                rows.addExercise(item, id: nextExerciseID, hash: hash)
                rows.addContent(of: item, exerciseID: nextExerciseID)
                nextExerciseID += 1
                outcomes.append(.added)
            }
        }
        try rows.flush(db)
        return outcomes
    }

    private static func replaceRow(of id: Int64, with item: DocumentToStore, hash: String, in db: Database, now: Date) throws {
        let metadata = item.document.metadata
        try db.cachedStatement(sql: """
            UPDATE exercise SET name = ?, equipment = ?, category = ?, video = ?, description = ?, front_matter = ?,
                                has_howto = ?, origin = ?, content_hash = ?, updated_at = ?
            WHERE id = ?
            """).execute(arguments: [
                metadata.name, metadata.equipment, metadata.category, metadata.video, metadata.description,
                item.document.frontMatterYAML, item.document.hasHowTo, item.origin, hash, now, id,
            ])
    }

    /// Deletes the parts of a document (its sections take their blocks with them).
    private static func deleteContent(of id: Int64, in db: Database) throws {
        for table in ["exercise_alias", "exercise_muscle", "exercise_tag", "exercise_section"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE exercise_id = ?").execute(arguments: [id])
        }
        try db.cachedStatement(sql: "DELETE FROM exercise_search WHERE rowid = ?").execute(arguments: [id])
    }
}

/// The rows of the documents being stored, one bulk insert per table, flushed parents first.
private struct ContentRows {
    let now: DatabaseValue
    var nextSectionID: Int64 = 1
    var exercises = BulkInsert(into: "exercise", columns: [
        "id", "slug", "name", "equipment", "category", "video", "description", "front_matter", "has_howto", "origin",
        "content_hash", "created_at", "updated_at",
    ])
    var aliases = BulkInsert(into: "exercise_alias", columns: ["exercise_id", "position", "alias"])
    var muscles = BulkInsert(into: "exercise_muscle", columns: ["exercise_id", "role", "position", "muscle"])
    var tags = BulkInsert(into: "exercise_tag", columns: ["exercise_id", "position", "tag"])
    var sections = BulkInsert(into: "exercise_section", columns: ["id", "exercise_id", "part", "position", "kind", "heading", "heading_level"])
    var blocks = BulkInsert(into: "exercise_block", columns: ["section_id", "position", "style", "label", "text"])
    var search = BulkInsert(into: "exercise_search", columns: ["rowid", "name", "aliases", "body"])

    init(now: DatabaseValue) {
        self.now = now
    }

    mutating func addExercise(_ item: DocumentToStore, id: Int64, hash: String) {
        let metadata = item.document.metadata
        exercises.add(id)
        for text in [metadata.slug, metadata.name, metadata.equipment, metadata.category, metadata.video, metadata.description,
                     item.document.frontMatterYAML] {
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
        for index in [\ContentRows.exercises, \.aliases, \.muscles, \.tags, \.sections, \.blocks, \.search] {
            try self[keyPath: index].flush(db)
        }
    }
}

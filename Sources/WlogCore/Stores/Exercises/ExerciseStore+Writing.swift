import Foundation
import GRDB

extension ExerciseStore {
    /// Stores `document` under its slug inside the caller's transaction (see `saveAll`).
    static func save(_ document: ExerciseDocument, origin: String, in db: Database, now: Date = Date()) throws
        -> ImportOutcome
    {
        try saveAll([DocumentToStore(document: document, origin: origin)], in: db, now: now)[0]
    }

    /// Stores documents under their slugs inside the caller's transaction, each as its own
    /// outcome: inserted; replacing the content of the exercise that has that slug (keeping its
    /// id); or left alone when the content hash is the same. The slugs must differ.
    ///
    /// The rows of all documents are written table by table with multi-row statements, which is
    /// what lets an import of thousands of documents run near the speed of raw SQL. `allNew` says
    /// that no exercise has any of the slugs (the caller knows that the store had no exercise
    /// and that it stores each slug once), so none is looked up.
    static func saveAll(_ documents: [DocumentToStore], allNew: Bool = false, in db: Database, now: Date = Date())
        throws -> [ImportOutcome]
    {
        var rows = ExerciseContentRows(now: now.databaseValue)
        var nextExerciseID =
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM exercise")).map { $0 + 1 } ?? 1
        rows.nextSectionID =
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM exercise_section")).map { $0 + 1 } ?? 1
        var outcomes: [ImportOutcome] = []
        outcomes.reserveCapacity(documents.count)
        for item in documents {
            let hash = item.hash ?? DocumentHash.of(item.document)
            let stored =
                allNew
                ? nil
                : try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT id, content_hash FROM exercise WHERE slug = ?"),
                    arguments: [item.document.metadata.slug])
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

    private static func replaceRow(of id: Int64, with item: DocumentToStore, hash: String, in db: Database, now: Date)
        throws
    {
        let metadata = item.document.metadata
        try db.cachedStatement(
            sql: """
                UPDATE exercise SET name = ?, equipment = ?, category = ?, video = ?, description = ?, front_matter = ?,
                                    has_howto = ?, origin = ?, content_hash = ?, updated_at = ?
                WHERE id = ?
                """
        ).execute(arguments: [
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

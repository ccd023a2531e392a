import Foundation
import GRDB

/// The writes of one document import, all inside the import's one transaction (see
/// `ExerciseStore.importDocuments`): documents stored under their slugs, and free-exercise-db
/// entries placed beside the library.
struct DocumentImportWriter {
    private let db: Database
    /// The time every document of the import is stored at.
    private let now: Date

    fileprivate init(db: Database, now: Date) {
        self.db = db
        self.now = now
    }

    /// Stores `documents` (their slugs differ), each as its own outcome (see `ExerciseStore.saveAll`).
    func save(_ documents: [DocumentToStore]) throws -> [ImportOutcome] {
        try ExerciseStore.saveAll(documents, in: db, now: now)
    }

    /// Stores one document under its slug.
    func save(_ document: ExerciseDocument, origin: String) throws -> ImportOutcome {
        try ExerciseStore.save(document, origin: origin, in: db, now: now)
    }

    /// The slug to store `entry` under, or nil when the library has that exercise already
    /// (see `ExerciseStore.placement(of:taken:in:)`).
    func placement(of entry: FreeExerciseEntry, taken: Set<String>) throws -> String? {
        try ExerciseStore.placement(of: entry, taken: taken, in: db)
    }
}

extension ExerciseStore {
    /// Runs `body` in one write transaction, with a writer for the documents it imports: all of
    /// them are stored, or none.
    func importDocuments<T>(_ body: (DocumentImportWriter) throws -> T) throws -> T {
        try database.write { db in try body(DocumentImportWriter(db: db, now: Date())) }
    }
}

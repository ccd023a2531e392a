import Foundation
import GRDB

/// The writes of one document import, all inside the import's one transaction (see
/// `ExerciseStore.importDocuments`): documents stored under their slugs, and free-exercise-db
/// entries placed beside the library.
struct DocumentImportWriter {
    private let db: Database
    /// The time every document of the import is stored at.
    private let now: Date
    /// Whether the store had no exercise when the import began.
    private let startedEmpty: Bool

    fileprivate init(db: Database, now: Date) throws {
        self.db = db
        self.now = now
        startedEmpty = try ExerciseStore.holdsNoExercise(db)
    }

    /// Stores `documents`, each as its own outcome (see `ExerciseStore.saveAll`). No two
    /// documents of one import (of all its calls) have the same slug: in a store that began
    /// empty, none is looked up.
    func save(_ documents: [DocumentToStore]) throws -> [ImportOutcome] {
        try ExerciseStore.saveAll(documents, allNew: startedEmpty, in: db, now: now)
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
    ///
    /// Into a store that holds no exercise (a new database), the transaction runs in SQLite's
    /// rollback-journal mode and WAL mode is switched back on after it (as every open also does):
    /// the new pages are then written to the file once, where WAL mode wrote them to the WAL and
    /// copied them into the file again at the checkpoint, which doubled the import's writes
    /// (70 MB for 10,000 documents). A commit is as atomic in either mode. When another
    /// connection has the file open, SQLite refuses the switch and the import runs in WAL mode.
    func importDocuments<T>(_ body: (DocumentImportWriter) throws -> T) throws -> T {
        let switched = try database.read { db in try Self.holdsNoExercise(db) } && Self.leaveWALMode(database)
        defer {
            if switched {
                try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        }
        return try database.write { db in try body(try DocumentImportWriter(db: db, now: Date())) }
    }

    fileprivate static func holdsNoExercise(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM exercise)") ?? false
    }

    /// Switches a file in WAL mode to rollback-journal mode; whether it did.
    private static func leaveWALMode(_ database: AppDatabase) -> Bool {
        let mode = try? database.writeWithoutTransaction { db -> String? in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" else { return nil }
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        }
        return mode == "delete"
    }
}

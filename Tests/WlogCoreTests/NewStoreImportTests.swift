import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A document import into a new store runs in rollback-journal mode (see
/// `ExerciseStore.importDocuments`): the file is back in WAL mode after it, whatever happened,
/// and an import that cannot switch (another connection has the file open) still stores everything.
@Suite struct NewStoreImportTests {
    static let squat = ImportTests.squat
    static let row = ImportTests.row
    static let invalid = ImportTests.source("broken.md", "---\nname: [unclosed\n---\n### Setup\n- a\n")

    func journalMode(_ database: AppDatabase) throws -> String? {
        try database.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test func aNewStoreIsBackInWALModeAfterTheImport() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        let summary = try DocumentImporter(database: database).run([Self.squat, Self.row])
        #expect(summary.added == 2)
        #expect(try journalMode(database) == "wal")
        #expect(!FileManager.default.fileExists(atPath: path.path + "-journal"))
        let reopened = try AppDatabase(path: path.path)
        #expect(try ExerciseStore(database: reopened).count() == 2)
    }

    @Test func aRefusedImportLeavesANewStoreEmptyAndInWALMode() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        #expect(throws: ImportFailure.self) {
            try DocumentImporter(database: database).run([Self.squat, Self.invalid, Self.row])
        }
        #expect(try ExerciseStore(database: database).count() == 0)
        #expect(try journalMode(database) == "wal")
    }

    @Test func anotherOpenConnectionLeavesTheImportInWALModeAndComplete() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        let other = try DatabaseQueue(path: path.path)
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM exercise") } == 0)
        let summary = try DocumentImporter(database: database).run([Self.squat, Self.row])
        #expect(summary.added == 2)
        #expect(try journalMode(database) == "wal")
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM exercise") } == 2)
    }

    @Test func anImportIntoAStoreWithExercisesStillFindsThemBySlug() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run([Self.squat])
        let changed = ImportTests.source(
            "goblet-squat.md", "---\nname: Goblet Squat\nmuscles: [glutes]\n---\n### Setup\n1. **Hold**: Low.\n")
        let summary = try DocumentImporter(database: database).run([changed, Self.row])
        #expect(summary.added == 1)
        #expect(summary.updated == 1)
        #expect(try ExerciseStore(database: database).count() == 2)
    }
}

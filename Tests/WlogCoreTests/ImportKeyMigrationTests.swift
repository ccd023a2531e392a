import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Migration 0007: import keys become 64-bit integers, converted from the hex digests earlier
/// imports stored, so a file imported before the upgrade adds nothing when imported again.
@Suite struct ImportKeyMigrationTests {
    static let strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        2023-05-03 07:15:00,Core,10m,Plank,1,0,0,0,60,,,

        """
    /// What an import before 0007 keyed the file's set and workout with: the SHA-256, in hex, of these parts.
    static let setParts = ["strong", "2023-05-03T07:15:00", "Plank", "1", "", "", "kg", "60", ""]
    static let workoutParts = ["strong", "workout", "2023-05-03T07:15:00", "2023-05-03T07:15:00"]

    static func oldKey(_ parts: [String]) -> String {
        ContentHash.sha256(Data(parts.joined(separator: "\u{1F}").utf8))
    }

    /// A database at 0005 holding the file's set as an import before 0007 stored it.
    func databaseImportedBeforeTheUpgrade() throws -> URL {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("old.sqlite")
        let before = SchemaMigrations(files: EmbeddedResources.migrations.filter { $0.name < "0006" })
        let old = try AppDatabase(path: path.path, migrations: before)
        _ = try DocumentImporter(database: old).run(ImportSource.seeds())
        try old.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO workout_session (id, name, started_at, finished_at, created_at, import_key)
                    VALUES (1, 'Core', '2023-05-03 05:15:00.000', '2023-05-03 05:25:00.000', '2024-01-01 00:00:00.000', ?)
                    """, arguments: [Self.oldKey(Self.workoutParts)])
            try db.execute(
                sql: """
                    INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, duration_s, created_at, import_key)
                    SELECT 1, id, '2023-05-03 05:15:00.000', 1, 60, '2024-01-01 00:00:00.000', ? FROM exercise WHERE slug = 'plank'
                    """, arguments: [Self.oldKey(Self.setParts)])
        }
        try old.writer.close()
        return path
    }

    @Test func oldKeysAreConvertedToTheKeysTheImporterComputes() throws {
        let upgraded = try AppDatabase(path: try databaseImportedBeforeTheUpgrade().path)
        let (setKey, sessionKey) = try upgraded.writer.read { db in
            (
                try Int64.fetchOne(db, sql: "SELECT import_key FROM logged_set"),
                try Int64.fetchOne(db, sql: "SELECT import_key FROM workout_session")
            )
        }
        #expect(setKey == ImportKey.make(Self.setParts))
        #expect(sessionKey == ImportKey.make(Self.workoutParts))
        let types = try upgraded.writer.read { db in
            try String.fetchAll(db, sql: "SELECT typeof(import_key) FROM logged_set")
        }
        #expect(types == ["integer"])
    }

    @Test func reimportingAFileImportedBeforeTheUpgradeAddsNothing() throws {
        let upgraded = try AppDatabase(path: try databaseImportedBeforeTheUpgrade().path)
        let summary = try WorkoutLog(database: upgraded).importHistory(
            data: Data(Self.strong.utf8), path: "strong.csv",
            options: .init(timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current))
        #expect(summary.sets == 1 && summary.addedSets == 0 && summary.presentSets == 1 && summary.addedSessions == 0)
        #expect(try WorkoutLog(database: upgraded).setCount() == 1)
    }

    @Test func theKeyIndexesHoldOnlyImportedRowsAndServeTheLookups() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let plans = try database.writer.read { db in
            try [
                "SELECT id FROM logged_set WHERE import_key = 1", "SELECT id FROM workout_session WHERE import_key = 1",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined()
            }
        }
        #expect(
            plans[0].contains("logged_set_by_import_key") && plans[1].contains("workout_session_by_import_key"),
            "\(plans)")
        let partial = try database.writer.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT sql FROM sqlite_master WHERE name IN ('logged_set_by_import_key', 'workout_session_by_import_key')"
            )
        }
        #expect(partial.count == 2 && partial.allSatisfy { $0.contains("WHERE import_key IS NOT NULL") })
    }
}

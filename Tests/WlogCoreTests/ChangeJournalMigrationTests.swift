import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A log made before migration 0008 (the change journal) keeps working: its records stay
/// records, and `undo` takes back the last one.
@Suite struct ChangeJournalMigrationTests {
    @Test func aLogMadeBeforeTheJournalMigratesAndItsLastRecordCanBeUndone() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("old.sqlite").path
        let before = SchemaMigrations(files: EmbeddedResources.migrations.filter { $0.name < "0008" })
        #expect(before.migrations.count < SchemaMigrations.bundled.migrations.count)
        let old = try AppDatabase(path: path, migrations: before)
        _ = try DocumentImporter(database: old).run(ImportSource.seeds())
        try old.writer.write { db in
            let exercise = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM exercise WHERE slug = 'plank'"))
            let time = "2026-11-02 18:00:00.000"
            try db.execute(
                sql: "INSERT INTO workout_session (id, started_at, created_at) VALUES (1, ?, ?)",
                arguments: [time, time])
            for batch in 1...2 {
                try db.execute(
                    sql: "INSERT INTO record_batch (id, created_at, opened_session_id) VALUES (?, ?, ?)",
                    arguments: [batch, time, batch == 1 ? 1 : nil])
                try db.execute(
                    sql: """
                        INSERT INTO logged_set (session_id, exercise_id, batch_id, performed_at, set_number, duration_s, created_at)
                        VALUES (1, ?, ?, ?, ?, 60, ?)
                        """, arguments: [exercise, batch, time, batch, time])
            }
        }
        let log = WorkoutLog(database: try AppDatabase(path: path))
        let latest = try #require(try log.latestChange())
        #expect(latest.id == 2 && latest.action == .record)
        let undone = try log.undo(latest)
        #expect(undone.entries.map(\.set.setNumber) == [2] && undone.removedSessions.isEmpty)
        #expect(try log.setCount() == 1)
        #expect(try log.undo()?.removedSessions == [1])
        #expect(try log.sessions().isEmpty)
    }
}

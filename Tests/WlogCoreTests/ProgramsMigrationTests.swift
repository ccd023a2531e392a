import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Migration 0010 (programs) on a log made before it: every set stays, a program can be added and
/// sets logged before it do not count towards its first finish, and the tables refuse what the constraints forbid
/// (a program keeps the exercises it names from being deleted).
@Suite struct ProgramsMigrationTests {
    @Test func aLogMadeBeforeProgramsKeepsItsSetsAndTrainsFromAProgram() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let before = SchemaMigrations(files: EmbeddedResources.migrations.filter { $0.name < "0010" })
        let old = try AppDatabase(path: path, migrations: before)
        let squat = try ExerciseStore(database: old).addCustom(name: "Squat", equipment: "barbell")
        // Three sets of one session as the wlog of that schema stored them (today's queries need
        // the later `performed_ms`, so they cannot record into it).
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        try old.writer.write { db in
            try db.execute(
                sql: "INSERT INTO workout_session (id, started_at, created_at) VALUES (1, ?, ?)",
                arguments: [time, time])
            for number in 1...3 {
                try db.execute(
                    sql: """
                        INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg, created_at)
                        VALUES (1, ?, ?, ?, 5, 100, ?)
                        """, arguments: [squat.id, time, number, time])
            }
        }
        let upgraded = try AppDatabase(path: path)
        #expect(try WorkoutLog(database: upgraded).setCount() == 3)
        let store = ProgramStore(database: upgraded)
        let row = try ExerciseStore(database: upgraded).addCustom(name: "Row", equipment: "barbell")
        _ = try store.add(source: "Squat / 3x5 100kg / progress: lp(2.5kg)\nRow / 3x8 50kg\n", name: "linear")
        #expect(try store.finish().didFinish == false)
        try upgraded.writer.write { db in
            let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM program"))
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE program SET week = 0 WHERE id = ?", arguments: [id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO active_program (singleton, program_id) VALUES (2, ?)", arguments: [id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql:
                        "INSERT INTO program_one_rep_max VALUES (?, 'Squat', 100, 'stone', 'hand', '2026-11-30 00:00:00.000')",
                    arguments: [id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "DELETE FROM exercise WHERE id = ?", arguments: [row.id])
            }
        }
    }
}

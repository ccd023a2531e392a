import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `check` on two connections: it answers as the one-connection check does for a sound file (foreign key
/// problems included), and leaves every integrity problem to the full `integrity_check`, worded as SQLite words it.
@Suite struct SplitCheckTests {
    /// A database file with the seeds and three logged sets, in a new temporary folder.
    func loggedDatabase() throws -> (AppDatabase, URL) {
        let (database, path) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let bench = try ExerciseStore(database: database).resolve("bench-press")
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try WorkoutLog(database: database).record(
            try RecordPlan.make(RecordRequest(sets: 3, reps: "5", weight: "60"), settings: LogSettings(), now: now),
            exercise: bench, now: now)
        return (database, path)
    }

    /// Runs `sql` on the file at `path` with foreign keys off and the schema writable, as damage would.
    func damage(_ path: URL, _ sql: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let raw = try DatabaseQueue(path: path.path, configuration: configuration)
        try raw.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        }
        try raw.close()
    }

    /// What `PRAGMA integrity_check` alone answers for the file at `path`, on a connection of its own.
    func integrityCheck(_ path: URL) throws -> [String] {
        let raw = try DatabaseQueue(path: path.path)
        defer { try? raw.close() }
        return try raw.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    @Test func aSoundFileIsReportedAsTheOneConnectionCheckReportsIt() throws {
        let (database, path) = try loggedDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let split = try #require(SplitCheck.report(on: database.writer))
        #expect(split == (try DatabaseMaintenance(database: database).checkOnOneConnection()))
        #expect(split.isHealthy && split.contents?.sets == 3 && split.contents?.sessions == 1)
    }

    @Test func aForeignKeyProblemIsFoundOnTheSecondConnection() throws {
        let (database, path) = try loggedDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        try damage(path, "UPDATE logged_set SET exercise_id = 99999 WHERE id = 2")
        let split = try #require(SplitCheck.report(on: database.writer))
        #expect(split.foreignKeyProblems == ["logged_set row 2: exercise_id points to no row of exercise"])
        #expect(split.integrityProblems.isEmpty && !split.isHealthy)
        #expect(split == (try DatabaseMaintenance(database: database).check()))
        #expect(split == (try DatabaseMaintenance(database: database).checkOnOneConnection()))
    }

    @Test(arguments: [
        // The log's table, checked on the command's connection.
        "UPDATE sqlite_schema SET sql = replace(sql, 'IS NOT NULL', 'IS NULL') WHERE name = 'logged_set_by_batch'",
        // Another table, checked on the second connection.
        "UPDATE sqlite_schema SET sql = replace(sql, '(name', '(slug') WHERE name = 'exercise_by_name'",
    ])
    func anIndexThatDisagreesWithItsTableIsReportedAsIntegrityCheckWordsIt(damage sql: String) throws {
        let (database, path) = try loggedDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        try database.writer.close()
        try damage(path, sql)
        let expected = try integrityCheck(path)
        #expect(expected != ["ok"])

        let reopened = try AppDatabase(path: path.path)
        #expect(SplitCheck.report(on: reopened.writer) == nil)
        let report = try DatabaseMaintenance(database: reopened).check()
        #expect(report.integrityProblems == expected)
        #expect(!report.isHealthy && report.contents?.sets == 3)
    }

    @Test func aReadOnlyConnectionIsCheckedOnTwoConnections() throws {
        let (database, path) = try loggedDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        try database.writer.close()
        var configuration = AppDatabase.makeConfiguration()
        configuration.readonly = true
        let readOnly = try AppDatabase(writer: try DatabaseQueue(path: path.path, configuration: configuration))
        let split = try #require(SplitCheck.report(on: readOnly.writer))
        #expect(split.isHealthy && split.contents?.sets == 3)
        #expect(try DatabaseMaintenance(database: readOnly).check() == split)
    }

    @Test func anInMemoryDatabaseIsCheckedOnItsOneConnection() throws {
        let database = try AppDatabase(writer: try DatabaseQueue())
        #expect(SplitCheck.report(on: database.writer) == nil)
        let report = try DatabaseMaintenance(database: database).check()
        #expect(report.isHealthy && report.contents?.sets == 0)
    }
}

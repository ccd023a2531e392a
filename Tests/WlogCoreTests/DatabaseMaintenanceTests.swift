import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `backup`, `restore` and `check` on real database files.
@Suite struct DatabaseMaintenanceTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A database with the seeds and `batches` records of three sets each.
    func loggedDatabase(batches: Int) throws -> (AppDatabase, URL) {
        let (database, path) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        try record(batches: batches, into: database, from: 0)
        return (database, path)
    }

    func record(batches: Int, into database: AppDatabase, from first: Int) throws {
        let bench = try ExerciseStore(database: database).resolve("bench-press")
        for index in first..<(first + batches) {
            let at = start.addingTimeInterval(Double(index) * 60)
            _ = try WorkoutLog(database: database).record(
                try RecordPlan.make(RecordRequest(sets: 3, reps: "5", weight: "60"), settings: LogSettings(), now: at),
                exercise: bench, now: at)
        }
    }

    func sets(at path: String) throws -> Int {
        try WorkoutLog(database: try AppDatabase(path: path)).setCount()
    }

    @Test func aBackupIsOneSnapshotWhileAnotherConnectionWrites() throws {
        let (database, path) = try loggedDatabase(batches: 1)
        let other = try AppDatabase(path: path.path)
        let folder = path.deletingLastPathComponent()
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            try? record(batches: 150, into: other, from: 1)
            done.signal()
        }
        writer.start()
        var counts: [Int] = []
        for index in 0..<6 {
            let file = folder.appendingPathComponent("backup-\(index).sqlite").path
            let contents = try DatabaseMaintenance(database: database).backup(to: file)
            let copy = try AppDatabase(path: file)
            let batches = try copy.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM record_batch") ?? 0
            }
            #expect(contents.sets == batches * 3, "every record in the copy has all its sets")
            #expect(try DatabaseMaintenance(database: copy).check().isHealthy)
            counts.append(contents.sets)
        }
        done.wait()
        #expect(try other.writer.read { db in try LoggedSetRow.fetchCount(db) } == 453)
        #expect(counts == counts.sorted())
        let attributes = try FileManager.default.attributesOfItem(
            atPath: folder.appendingPathComponent("backup-0.sqlite").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("backup-0.sqlite-wal").path))
        #expect(throws: MaintenanceError.exists(folder.appendingPathComponent("backup-0.sqlite").path)) {
            try DatabaseMaintenance(database: database).backup(
                to: folder.appendingPathComponent("backup-0.sqlite").path)
        }
    }

    @Test func restoreReplacesTheDatabaseAndKeepsTheOldOneAside() throws {
        let (database, path) = try loggedDatabase(batches: 2)
        let backup = path.deletingLastPathComponent().appendingPathComponent("monday.sqlite").path
        try DatabaseMaintenance(database: database).backup(to: backup)
        try record(batches: 1, into: database, from: 10)
        #expect(try database.writer.read { db in try LoggedSetRow.fetchCount(db) } == 9)

        let now = try #require(WlogReader.moment("2026-11-24T18:30:00+01:00"))
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let summary = try DatabaseMaintenance.restore(from: backup, into: path.path, now: now, timeZone: berlin)
        #expect(summary.contents.sets == 6)
        #expect(summary.keptAside == path.path + ".before-restore-20261124-183000")
        #expect(try sets(at: path.path) == 6)
        #expect(
            try database.writer.read { db in try LoggedSetRow.fetchCount(db) } == 6,
            "an open connection sees the restored data")
        #expect(try sets(at: try #require(summary.keptAside)) == 9)
        let again = try DatabaseMaintenance.restore(from: backup, into: path.path, now: now, timeZone: berlin)
        #expect(again.keptAside == path.path + ".before-restore-20261124-183000-2")
    }

    @Test func restoreChecksTheFileBeforeTouchingAnything() throws {
        let (database, path) = try loggedDatabase(batches: 1)
        let folder = path.deletingLastPathComponent()
        let text = folder.appendingPathComponent("notes.txt").path
        try Data(String(repeating: "not a database ", count: 50).utf8).write(to: URL(fileURLWithPath: text))
        let foreign = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        let newer = folder.appendingPathComponent("newer.sqlite").path
        try DatabaseMaintenance(database: database).backup(to: newer)
        try DatabaseQueue(path: newer).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')")
        }

        #expect(throws: MaintenanceError.missing(folder.appendingPathComponent("nothing").path)) {
            try DatabaseMaintenance.restore(from: folder.appendingPathComponent("nothing").path, into: path.path)
        }
        #expect(throws: MaintenanceError.notWlog(foreign)) {
            try DatabaseMaintenance.restore(from: foreign, into: path.path)
        }
        #expect(throws: MaintenanceError.sameFile(path.path)) {
            try DatabaseMaintenance.restore(from: path.path, into: path.path)
        }
        for refused in [text, newer] {
            #expect(throws: MaintenanceError.self) { try DatabaseMaintenance.restore(from: refused, into: path.path) }
        }
        #expect(try sets(at: path.path) == 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains("before-restore")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func anOlderBackupIsBroughtUpToDate() throws {
        let folder = try TestSupport.temporaryFolder()
        let old = folder.appendingPathComponent("old.sqlite").path
        let firstTwo = SchemaMigrations(
            files: EmbeddedResources.migrations.filter { $0.name.hasPrefix("0001") || $0.name.hasPrefix("0002") })
        _ = try AppDatabase(path: old, migrations: firstTwo)
        let target = folder.appendingPathComponent("wlog.sqlite").path
        let summary = try DatabaseMaintenance.restore(from: old, into: target)
        #expect(summary.keptAside == nil)
        #expect(summary.contents.migrations == SchemaMigrations.bundled.migrations.map(\.identifier))
    }

    @Test func aDatabaseThatCannotBeOpenedIsMovedAsideAsItIs() throws {
        let (database, path) = try loggedDatabase(batches: 1)
        let backup = path.deletingLastPathComponent().appendingPathComponent("good.sqlite").path
        try DatabaseMaintenance(database: database).backup(to: backup)
        try database.writer.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path.path + suffix) }
        let garbage = Data(String(repeating: "garbage ", count: 100).utf8)
        try garbage.write(to: path)
        let summary = try DatabaseMaintenance.restore(from: backup, into: path.path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: try #require(summary.keptAside))) == garbage)
        #expect(try sets(at: path.path) == 3)
    }

    @Test func checkFindsForeignKeyAndPageDamage() throws {
        let (database, path) = try loggedDatabase(batches: 40)
        let healthy = try DatabaseMaintenance(database: database).check()
        #expect(healthy.isHealthy && healthy.contents?.sets == 120 && healthy.contents?.sessions == 1)

        var unchecked = AppDatabase.makeConfiguration()
        unchecked.foreignKeysEnabled = false
        let raw = try DatabaseQueue(path: path.path, configuration: unchecked)
        try raw.write { db in try db.execute(sql: "UPDATE logged_set SET session_id = 999 WHERE id = 7") }
        let orphan = try DatabaseMaintenance(database: database).check()
        #expect(orphan.foreignKeyProblems == ["logged_set row 7: session_id points to no row of workout_session"])
        #expect(!orphan.isHealthy)
        try raw.write { db in try db.execute(sql: "UPDATE logged_set SET session_id = 1 WHERE id = 7") }

        let (rootPage, pageSize) = try raw.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'logged_set_by_time'") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            )
        }
        try raw.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try raw.close()
        try database.writer.close()
        let handle = try FileHandle(forWritingTo: path)
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: pageSize))
        try handle.close()
        let damaged = try DatabaseMaintenance(database: try AppDatabase(path: path.path)).check()
        #expect(!damaged.integrityProblems.isEmpty && !damaged.isHealthy)
    }
}

/// The page cache `check` and `restore` give `integrity_check`.
@Suite struct CheckCacheTests {
    @Test func theCacheIsASixteenthOfTheDatabaseWithinBounds() {
        #expect(DatabaseMaintenance.checkCacheKibibytes(databaseBytes: 0) == 2000)
        #expect(DatabaseMaintenance.checkCacheKibibytes(databaseBytes: 16 << 20) == 2000)
        #expect(DatabaseMaintenance.checkCacheKibibytes(databaseBytes: 300 << 20) == 19200)
        #expect(DatabaseMaintenance.checkCacheKibibytes(databaseBytes: 8 << 30) == 65536)
    }

    @Test func checkPutsTheConnectionsCacheBack() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let before = try database.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") }
        let seen = try database.writer.writeWithoutTransaction { db in
            try DatabaseMaintenance.withCheckCache(db) { try Int.fetchOne(db, sql: "PRAGMA cache_size") }
        }
        #expect(seen == -2000)
        #expect(try DatabaseMaintenance(database: database).check().isHealthy)
        #expect(try database.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == before)
    }
}

import Foundation
import GRDB
import GRDBSQLite

extension DatabaseMaintenance {
    /// Replaces the database at `databasePath` with the backup at `source`, after `inspect` has
    /// passed. The database it replaces is first copied aside (`wlog.sqlite.before-restore-
    /// 20261124-183000`); a database that cannot even be opened is moved aside as it is. The
    /// restored database is then brought up to this binary's migrations. `progress` hears the
    /// fraction done. A refused backup is a `MaintenanceError`; SQLite's failures are `StoreError`s.
    ///
    /// The write lock is held from before the copy aside until the backup is in place, so a set
    /// another wlog records meanwhile is either in the copy kept aside or written after the
    /// restore, never lost between the two.
    public static func restore(
        from source: String, into databasePath: String, now: Date = Date(), timeZone: TimeZone = .current,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws -> RestoreSummary {
        guard !ProtectedFiles(database: databasePath).contains(source) else { throw MaintenanceError.sameFile(source) }
        _ = try inspect(path: source)
        return try StoreError.translating(databasePath: databasePath) {
            try replaceDatabase(at: databasePath, with: source, now: now, timeZone: timeZone, progress: progress)
        }
    }

    /// `restore` once the backup has passed `inspect`.
    private static func replaceDatabase(
        at databasePath: String, with source: String, now: Date, timeZone: TimeZone,
        progress: (@Sendable (Double) -> Void)?
    ) throws -> RestoreSummary {
        var config = AppDatabase.makeConfiguration()
        config.readonly = true
        let backup = try DatabaseQueue(path: source, configuration: config)
        defer { try? backup.close() }
        let files = FileManager.default
        var aside: String?
        if files.fileExists(atPath: databasePath) {
            let asidePath = asidePath(for: databasePath, now: now, timeZone: timeZone)
            aside = asidePath
            if let current = try? AppDatabase(path: databasePath) {
                try replace(current.writer, with: backup, keepingAsideAt: asidePath, progress: progress)
                try current.writer.close()
            } else {
                for suffix in ["", "-wal", "-shm"] where files.fileExists(atPath: databasePath + suffix) {
                    try files.moveItem(atPath: databasePath + suffix, toPath: asidePath + suffix)
                }
                try copy(from: backup, to: databasePath) { progress?($0) }
            }
        } else {
            try files.createDirectory(
                atPath: (databasePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try copy(from: backup, to: databasePath) { progress?($0) }
        }
        let restored = try AppDatabase(path: databasePath)
        return RestoreSummary(keptAside: aside, contents: try restored.writer.read { db in try contents(db) })
    }

    /// Copies `backup` into `database` with SQLite's backup API, driven step by step: the first
    /// step copies nothing but takes the database's write lock, which the backup keeps until its
    /// last step commits. The copy aside is made while that lock is held, through a separate
    /// read connection that sees every committed set.
    private static func replace(
        _ database: any DatabaseWriter, with backup: DatabaseQueue, keepingAsideAt asidePath: String,
        progress: (@Sendable (Double) -> Void)?
    ) throws {
        try database.writeWithoutTransaction { destination in
            try backup.read { sourceDB in
                guard
                    let handle = sqlite3_backup_init(
                        destination.sqliteConnection, "main", sourceDB.sqliteConnection, "main")
                else {
                    throw DatabaseError(resultCode: destination.lastErrorCode, message: destination.lastErrorMessage)
                }
                var finished = false
                defer { if !finished { sqlite3_backup_finish(handle) } }
                guard try step(handle, pages: 0, destination) == SQLITE_OK else {
                    throw DatabaseError(
                        resultCode: .SQLITE_ERROR, message: "the backup finished before the database was locked")
                }
                let live = try DatabaseQueue(path: database.path, configuration: AppDatabase.makeConfiguration())
                try copy(from: live, to: asidePath) { progress?($0 / 2) }
                try live.close()
                while try step(handle, pages: 1024, destination) != SQLITE_DONE {
                    let total = Double(max(sqlite3_backup_pagecount(handle), 1))
                    progress?(0.5 + (total - Double(sqlite3_backup_remaining(handle))) / total / 2)
                }
                finished = true
                let finish = sqlite3_backup_finish(handle)
                guard finish == SQLITE_OK else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: finish), message: destination.lastErrorMessage)
                }
                destination.clearSchemaCache()
            }
        }
        progress?(1)
    }

    /// One backup step: `SQLITE_OK` or `SQLITE_DONE`; anything else is thrown. A busy database
    /// has already been waited for by the connection's busy handler.
    private static func step(_ handle: OpaquePointer, pages: Int32, _ destination: Database) throws -> Int32 {
        let result = sqlite3_backup_step(handle, pages)
        guard result == SQLITE_OK || result == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: result), message: destination.lastErrorMessage)
        }
        return result
    }

    /// `PATH.before-restore-YYYYMMDD-HHMMSS`, with `-2`, `-3`… if that is taken.
    static func asidePath(for path: String, now: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = "\(path).before-restore-\(formatter.string(from: now))"
        var candidate = base
        var number = 1
        while FileManager.default.fileExists(atPath: candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        return candidate
    }
}

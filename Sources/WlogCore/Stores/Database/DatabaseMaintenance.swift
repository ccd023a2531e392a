import Foundation
import GRDB

/// Backs up, restores and checks a wlog database file. Every SQL statement for these lives here.
public struct DatabaseMaintenance: Sendable {
    /// What a database holds, for reports.
    public struct Contents: Sendable, Equatable {
        public var exercises: Int
        public var sessions: Int
        public var sets: Int
        /// The migrations the file records.
        public var migrations: [String]
    }

    /// What `check` found.
    public struct CheckReport: Sendable, Equatable {
        /// `PRAGMA integrity_check`: empty when it answers `ok`.
        public var integrityProblems: [String]
        /// `PRAGMA foreign_key_check`, one line per row that refers to a missing row.
        public var foreignKeyProblems: [String]
        /// What the database holds; nil when damage keeps it from being counted.
        public var contents: Contents?

        public var isHealthy: Bool { integrityProblems.isEmpty && foreignKeyProblems.isEmpty }
    }

    /// What `restore` did.
    public struct RestoreSummary: Sendable, Equatable {
        /// Where the database that was replaced now is; nil when there was none.
        public var keptAside: String?
        public var contents: Contents
    }

    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    // MARK: Backup

    /// Copies the database to a new file at `path` with SQLite's online backup: one consistent
    /// snapshot, even while other processes write. The copy is a single file (no WAL), mode 0600,
    /// put in place only once complete.
    @discardableResult
    public func backup(to path: String) throws -> Contents {
        try ProtectedFiles(database: database.path).refuse(path)
        guard !FileManager.default.fileExists(atPath: path) else { throw MaintenanceError.exists(path) }
        return try database.translatingFailures {
            try Self.copy(from: database.writer, to: path)
            return try Self.contents(atPath: path)
        }
    }

    /// Copies `source` to a new file at `path` (mode 0600, one file, no WAL); `progress` hears
    /// the fraction copied.
    static func copy(from source: any DatabaseReader, to path: String, progress: ((Double) -> Void)? = nil) throws {
        let partial: String
        do {
            partial = try OutputFile.createPrivateFile(beside: path)
        } catch {
            throw MaintenanceError.cannotWrite(path)
        }
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let destination = try DatabaseQueue(path: partial)
        try source.backup(to: destination, pagesPerStep: 1024) { step in
            progress?(Double(step.completedPageCount) / Double(max(step.totalPageCount, 1)))
        }
        try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try destination.close()
        try FileManager.default.moveItem(atPath: partial, toPath: path)
    }

    // MARK: Check

    /// Runs `integrity_check` and `foreign_key_check`. Damage that stops a check from running
    /// (SQLite's "database disk image is malformed") is reported as its finding.
    ///
    /// A file is first checked on two connections at once (`SplitCheck`), which answers only
    /// when every integrity check passes; otherwise the one full `integrity_check` runs and its
    /// findings are the report.
    public func check() throws -> CheckReport {
        if let report = SplitCheck.report(on: database.writer) { return report }
        return try checkOnOneConnection()
    }

    /// The full `integrity_check`, `foreign_key_check` and the counts, one after the other on the
    /// command's connection.
    func checkOnOneConnection() throws -> CheckReport {
        // Without a transaction: on a damaged file, even a read transaction's COMMIT fails.
        try database.writeWithoutTransaction { db in
            try Self.withCheckCache(db) { try Self.check(db) }
        }
    }

    private static func check(_ db: Database) throws -> CheckReport {
        let integrity: [String]
        do {
            integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        } catch let error as DatabaseError {
            integrity = [error.message ?? "\(error)"]
        }
        var foreignKeys: [String] = []
        do {
            foreignKeys = try foreignKeyProblems(db)
        } catch let error as DatabaseError {
            foreignKeys = ["the check could not run: \(error.message ?? "\(error)")"]
        }
        return CheckReport(integrityProblems: integrity, foreignKeyProblems: foreignKeys, contents: try? contents(db))
    }

    /// Runs `body` with a page cache of a sixteenth of the database (at least SQLite's default
    /// 2 MB, at most 64 MB), then puts the connection's cache size back. `integrity_check` looks
    /// every row up in each of its table's indexes: once the inner pages of the indexes outgrow
    /// the cache (a log of about a million sets), each lookup reads them from the file again.
    /// A damaged file may refuse the pragmas; the check then runs with the cache it has.
    static func withCheckCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let pages = (try? Int.fetchOne(db, sql: "PRAGMA page_count")) ?? 0
        let pageSize = (try? Int.fetchOne(db, sql: "PRAGMA page_size")) ?? 4096
        return try withPageCache(db, kibibytes: checkCacheKibibytes(databaseBytes: pages * pageSize), body)
    }

    /// Runs `body` with a page cache of `kibibytes`, then puts the connection's cache size back
    /// (a connection that refuses the pragma runs `body` with the cache it has).
    static func withPageCache<T>(_ db: Database, kibibytes: Int, _ body: () throws -> T) throws -> T {
        let previous = try? Int.fetchOne(db, sql: "PRAGMA cache_size")
        try? db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
        defer { if let previous { try? db.execute(sql: "PRAGMA cache_size = \(previous)") } }
        return try body()
    }

    /// The page cache of a check, in KiB: a sixteenth of the database, from 2,000 (SQLite's default) to 65,536.
    static func checkCacheKibibytes(databaseBytes: Int) -> Int {
        min(max(databaseBytes / 16 / 1024, 2000), 65536)
    }

    static func foreignKeyProblems(_ db: Database) throws -> [String] {
        var foreignKeys: [String] = []
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0]
            let rowID: Int64? = row[1]
            let parent: String = row[2]
            let keyID: Int = row[3]
            let column = try Row.fetchAll(db, sql: "SELECT * FROM pragma_foreign_key_list(?)", arguments: [table])
                .first { ($0["id"] as Int?) == keyID }.flatMap { $0["from"] as String? }
            foreignKeys.append(
                "\(table) row \(rowID.map(String.init) ?? "?"): \(column ?? "a column") points to no row of \(parent)")
        }
        return foreignKeys
    }

    // MARK: Restore

    /// Checks that the file at `path` is a sound wlog database this binary can open: SQLite,
    /// `integrity_check` ok, and migrations this binary knows. Writes nothing; every finding is
    /// a `MaintenanceError`.
    public static func inspect(path: String) throws -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { throw MaintenanceError.missing(path) }
        var config = AppDatabase.makeConfiguration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                let integrity = try withCheckCache(db) {
                    try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                }
                if !integrity.isEmpty { throw MaintenanceError.damaged(path, integrity) }
                guard try db.tableExists("grdb_migrations"), try db.tableExists("logged_set") else {
                    throw MaintenanceError.notWlog(path)
                }
                let foreignKeys = try foreignKeyProblems(db)
                if !foreignKeys.isEmpty { throw MaintenanceError.brokenReferences(path, foreignKeys) }
                try SchemaMigrations.bundled.verify(db)
                return try contents(db)
            }
        } catch let error as DatabaseError {
            throw MaintenanceError.notADatabase(path, error.message ?? "\(error)")
        } catch let error as SchemaError {
            throw MaintenanceError.unknownSchema(path, "\(error)")
        }
    }

    // MARK: Contents

    private static func contents(atPath path: String) throws -> Contents {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try contents(db) }
    }

    static func contents(_ db: Database) throws -> Contents {
        Contents(
            exercises: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM exercise") ?? 0,
            sessions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM workout_session") ?? 0,
            sets: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM logged_set") ?? 0,
            migrations: try SchemaMigrations.bundled.appliedIdentifiers(db))
    }
}

/// Why a backup or restore was refused.
public enum MaintenanceError: Error, Equatable, CustomStringConvertible {
    case exists(String)
    case cannotWrite(String)
    case missing(String)
    case sameFile(String)
    case notADatabase(String, String)
    case notWlog(String)
    case damaged(String, [String])
    case brokenReferences(String, [String])
    case unknownSchema(String, String)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path) exists already; name a new file (nothing was written)"
        case .cannotWrite(let path):
            return "cannot create \(path); check that its folder exists and is writable"
        case .missing(let path):
            return "\(path): no such file; nothing was restored"
        case .sameFile(let path):
            return "\(path) is the database itself; restore from a backup made with `wlog backup FILE`"
        case .notADatabase(let path, let reason):
            return "\(path) is not a database wlog can read (\(reason)); nothing was restored"
        case .notWlog(let path):
            return "\(path) is an SQLite database, but not a wlog one; nothing was restored"
        case .damaged(let path, let problems):
            let shown = problems.prefix(5).joined(separator: "; ")
            return "\(path) is damaged (integrity_check: \(shown)); nothing was restored"
        case .brokenReferences(let path, let problems):
            let shown = problems.prefix(5).joined(separator: "; ")
            return
                "\(path) has rows that point to rows it does not have (foreign_key_check: \(shown)); nothing was restored, restore another backup"
        case .unknownSchema(let path, let reason):
            return "\(path) cannot be restored by this wlog: \(reason); nothing was restored"
        }
    }
}

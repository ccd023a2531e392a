import Foundation
import GRDB

/// Owns one wlog SQLite database: opens it with wlog's connection settings, brings its schema
/// up to date, and hands the connection to the stores.
///
/// The connection stays inside the library: stores read and write through `read` and `write`,
/// which turn SQLite's failures into `StoreError`.
public final class AppDatabase: Sendable {
    /// GRDB's connection; only the stores (and tests) reach it.
    let writer: any DatabaseWriter

    /// Opens (creating if needed, with mode 0600 in folders created as needed) the database at `path`.
    ///
    /// One connection serves the whole command: the schema is checked before anything is written
    /// (a database from a newer wlog is left untouched), the migrations run, and WAL mode is
    /// switched on once (it is persistent in the file).
    ///
    /// Throws `DatabaseOpenError` (the file or its folder cannot be used), `SchemaError` (a
    /// database this binary must not touch) or `StoreError` (SQLite failed).
    public convenience init(path: String, migrations: SchemaMigrations = .bundled) throws {
        let created = try Self.createFileIfNeeded(at: path)
        let queue = try StoreError.translating(databasePath: path) {
            try DatabaseAccess.explainingFailure(of: path) {
                let queue = try DatabaseQueue(path: path, configuration: Self.makeConfiguration())
                if created {
                    try Self.createSchema(in: queue, migrations: migrations)
                } else {
                    try migrations.apply(to: queue)
                }
                if try queue.read({ db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }) != "wal" {
                    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                }
                return queue
            }
        }
        self.init(migrated: queue)
    }

    /// Uses an open connection (an in-memory one in tests); migrates it first.
    convenience init(writer: any DatabaseWriter, migrations: SchemaMigrations = .bundled) throws {
        try StoreError.translating(databasePath: writer.path) { try migrations.apply(to: writer) }
        self.init(migrated: writer)
    }

    private init(migrated writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// The connection settings: foreign keys on, temporary storage in memory, write transactions that take the lock at once,
    /// and a busy timeout (GRDB opens write transactions IMMEDIATE) so that concurrent wlog processes wait for each other instead of failing.
    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // Statement journals (a multi-row INSERT inside a transaction keeps one) stay in
            // memory instead of spilling to a temporary file that is written and thrown away.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return config
    }

    /// Brings a file this run created to the current schema. WAL mode comes first and the
    /// migrations commit without waiting for the disk (`synchronous = NORMAL`, which in WAL mode
    /// keeps every commit atomic and the file consistent after a crash; a power cut may only
    /// undo the last migrations, which then run again): in the default rollback-journal mode each
    /// of the fourteen migrations synced the disk four times, up to half a second on a busy disk.
    private static func createSchema(in queue: DatabaseQueue, migrations: SchemaMigrations) throws {
        let synchronous = try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            return synchronous
        }
        defer {
            try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = \(synchronous)") }
        }
        try migrations.apply(to: queue)
    }

    /// Creates the file and its folders; whether it was created.
    @discardableResult
    private static func createFileIfNeeded(at path: String) throws -> Bool {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try files.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw DatabaseOpenError(
                path: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw DatabaseOpenError(path: path, reason: "cannot create the file (check that the folder is writable)")
        }
        return true
    }
}

/// The database file could not be opened or created.
public struct DatabaseOpenError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot open the database \(path): \(reason)" }
}

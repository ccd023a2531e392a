import Foundation
import GRDB

/// Owns one wlog SQLite database: opens it with wlog's connection settings, brings its schema
/// up to date, and hands the connection to the repositories.
public final class AppDatabase: Sendable {
    /// The connection the repositories read and write through.
    public let writer: any DatabaseWriter

    /// Opens (creating if needed, with mode 0600 in folders created as needed) the database at `path`.
    public convenience init(path: String, migrations: SchemaMigrations = .bundled) throws {
        let existed = try Self.createFileIfNeeded(at: path)
        let pool: DatabasePool
        do {
            if existed { try Self.checkReadOnly(path: path, migrations: migrations) }
            pool = try DatabasePool(path: path, configuration: Self.makeConfiguration())
        } catch let error as DatabaseError {
            throw DatabaseOpenError(path: path, reason: error.message ?? "\(error)")
        }
        try self.init(writer: pool, migrations: migrations)
    }

    /// Uses an open connection; migrates it first.
    public init(writer: any DatabaseWriter, migrations: SchemaMigrations = .bundled) throws {
        self.writer = writer
        try migrations.apply(to: writer)
    }

    /// The connection settings: foreign keys on, write transactions that take the lock at once,
    /// and a busy timeout (GRDB opens write transactions IMMEDIATE) so that concurrent wlog processes wait for each other instead of failing.
    public static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        return config
    }

    /// Checks an existing file against the migrations through a read-only connection, so that a
    /// database this binary must refuse is refused before the pool's set-up writes to it.
    private static func checkReadOnly(path: String, migrations: SchemaMigrations) throws {
        var config = makeConfiguration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        try queue.read { db in try migrations.verify(db) }
    }

    /// Creates the file and its folders; returns whether it existed already.
    private static func createFileIfNeeded(at path: String) throws -> Bool {
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { return true }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try files.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw DatabaseOpenError(path: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw DatabaseOpenError(path: path, reason: "cannot create the file (check that the folder is writable)")
        }
        return false
    }
}

/// The database file could not be opened or created.
public struct DatabaseOpenError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot open the database \(path): \(reason)" }
}

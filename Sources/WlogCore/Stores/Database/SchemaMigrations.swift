import Crypto
import Foundation
import GRDB

/// The schema, as the numbered `.sql` files of `Migrations/` compiled into the binary.
///
/// Each file runs once, in order, in its own transaction, and is recorded with its SHA-256
/// checksum. A database that records a migration this binary lacks, or whose recorded
/// checksum differs from the file's, is refused before anything is written.
public struct SchemaMigrations: Sendable {
    /// One migration: its identifier (the file name without `.sql`) and its SQL.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String
        /// SHA-256 of the SQL, computed once.
        public let checksum: String

        init(identifier: String, sql: String) {
            self.identifier = identifier
            self.sql = sql
            checksum = ContentHash.sha256(Data(sql.utf8))
        }
    }

    public let migrations: [Migration]

    /// The migrations compiled into this binary.
    public static let bundled = SchemaMigrations(files: EmbeddedResources.migrations)

    public init(files: [EmbeddedFile]) {
        migrations = files
            .filter { $0.name.hasSuffix(".sql") }
            .sorted { $0.name < $1.name }
            .map { Migration(identifier: String($0.name.dropLast(4)), sql: $0.data.map { String(decoding: $0, as: UTF8.self) } ?? "") }
    }

    /// Checks the database against these migrations, then applies the missing ones.
    public func apply(to writer: any DatabaseWriter) throws {
        let pending = try writer.read { db in
            try verify(db)
            return try Set(migrations.map(\.identifier)).subtracting(appliedIdentifiers(db))
        }
        if !pending.isEmpty { try migrator.migrate(writer) }
    }

    /// The identifiers of the migrations the database records as applied.
    public func appliedIdentifiers(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }

    /// Throws when the database records a migration this binary lacks, or one whose checksum differs.
    func verify(_ db: Database) throws {
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.identifier, $0) })
        let unknown = try appliedIdentifiers(db).filter { known[$0] == nil }
        if !unknown.isEmpty { throw SchemaError.newerDatabase(unknownMigrations: unknown) }
        guard try db.tableExists("wlog_migration") else { return }
        let recorded = try Row.fetchAll(db, sql: "SELECT identifier, checksum FROM wlog_migration")
        for row in recorded {
            let identifier: String = row["identifier"]
            if let migration = known[identifier], migration.checksum != row["checksum"] {
                throw SchemaError.modifiedMigration(identifier)
            }
        }
    }

    private var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS wlog_migration (
                        identifier TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)
                    """)
                try db.execute(
                    sql: "INSERT INTO wlog_migration (identifier, checksum, applied_at) VALUES (?, ?, ?)",
                    arguments: [migration.identifier, migration.checksum, Date()])
            }
        }
        return migrator
    }
}

/// Why a database file cannot be used with this binary.
public enum SchemaError: Error, Equatable, CustomStringConvertible {
    case newerDatabase(unknownMigrations: [String])
    case modifiedMigration(String)

    public var description: String {
        switch self {
        case .newerDatabase(let unknown):
            return "this database was written by a newer wlog (it has migrations this binary lacks: \(unknown.joined(separator: ", "))); upgrade wlog, the database was left untouched"
        case .modifiedMigration(let identifier):
            return "migration \(identifier) differs from the one applied to this database; migrations are append-only, restore the original file"
        }
    }
}

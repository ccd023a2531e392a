import Crypto
import Foundation
import GRDB

/// The schema, as the numbered `.sql` files of `Migrations/` compiled into the binary.
///
/// Each file runs once, in order, in its own transaction; GRDB's migrator records which ran.
/// A database that records a migration this binary lacks is refused before anything is
/// written. Migrations are append-only: the SHA-256 of every file is pinned in
/// `Tests/Fixtures/migrations.sha256`, which a test checks. Databases from before
/// `0009_one_migration_record` also kept each migration's checksum in `wlog_migration`; until
/// 0009 drops that table, a checksum there that differs from the file refuses the database.
public struct SchemaMigrations: Sendable {
    /// One migration: its identifier (the file name without `.sql`) and its SQL.
    public struct Migration: Sendable {
        public let identifier: String
        public let sql: String
        /// SHA-256 of the SQL, computed when asked for: only a database from before
        /// `0009_one_migration_record` and the tests compare it, and hashing every migration
        /// on each start cost about as much as the migration check itself.
        public var checksum: String { ContentHash.sha256(Data(sql.utf8)) }

        init(identifier: String, sql: String) {
            self.identifier = identifier
            self.sql = sql
        }
    }

    public let migrations: [Migration]

    /// The migrations compiled into this binary.
    public static let bundled = SchemaMigrations(files: EmbeddedResources.migrations)

    public init(files: [EmbeddedFile]) {
        migrations =
            files
            .filter { $0.name.hasSuffix(".sql") }
            .sorted { $0.name < $1.name }
            .map {
                Migration(
                    identifier: String($0.name.dropLast(4)),
                    sql: $0.data.map { String(decoding: $0, as: UTF8.self) } ?? "")
            }
    }

    /// Checks the database against these migrations, then applies the missing ones.
    func apply(to writer: any DatabaseWriter) throws {
        let migrator = self.migrator
        let complete = try writer.read { db in
            try verify(db)
            return try migrator.hasCompletedMigrations(db)
        }
        if !complete { try migrator.migrate(writer) }
    }

    /// The identifiers of the migrations the database records as applied, in order.
    func appliedIdentifiers(_ db: Database) throws -> [String] {
        try migrator.appliedIdentifiers(db).sorted()
    }

    /// Throws when the database records a migration this binary lacks, or (before 0009) one
    /// whose recorded checksum differs from the file's.
    func verify(_ db: Database) throws {
        let migrator = self.migrator
        if try migrator.hasBeenSuperseded(db) {
            let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            throw SchemaError.newerDatabase(unknownMigrations: unknown)
        }
        try verifyLegacyChecksums(db)
    }

    /// The checksums `wlog_migration` kept for each migration until 0009 dropped it.
    private func verifyLegacyChecksums(_ db: Database) throws {
        guard try db.tableExists("wlog_migration") else { return }
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.identifier, $0) })
        for row in try Row.fetchAll(db, sql: "SELECT identifier, checksum FROM wlog_migration ORDER BY identifier") {
            let identifier: String = row["identifier"]
            if let migration = known[identifier], migration.checksum != row["checksum"] {
                throw SchemaError.modifiedMigration(identifier)
            }
        }
    }

    private var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
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
            return
                "this database was written by a newer wlog (it has migrations this binary lacks: \(unknown.joined(separator: ", "))); upgrade wlog, the database was left untouched"
        case .modifiedMigration(let identifier):
            return
                "migration \(identifier) differs from the one applied to this database; migrations are append-only, restore the original file"
        }
    }
}

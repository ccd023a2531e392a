import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The schema: bundled from Migrations/, applied once, append-only, and newer databases refused.
@Suite struct MigrationTests {
    @Test func bundledMigrationsAreExactlyTheFilesOfMigrations() throws {
        let folder = TestSupport.repository.appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        #expect(SchemaMigrations.bundled.migrations.map { $0.identifier + ".sql" } == files)
        for migration in SchemaMigrations.bundled.migrations {
            let onDisk = try String(
                contentsOf: folder.appendingPathComponent(migration.identifier + ".sql"), encoding: .utf8)
            #expect(migration.sql == onDisk)
        }
        #expect(files.allSatisfy { $0.range(of: #"^\d{4}_[a-z0-9_]+\.sql$"#, options: .regularExpression) != nil })
    }

    @Test func everyMigrationFileIsPinnedByItsChecksum() throws {
        let pinned = try String(
            contentsOf: TestSupport.repository.appendingPathComponent("Tests/Fixtures/migrations.sha256"),
            encoding: .utf8
        )
        .split(separator: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        #expect(
            pinned.map { $0.last ?? "" } == SchemaMigrations.bundled.migrations.map { $0.identifier + ".sql" },
            "a new migration is added to Tests/Fixtures/migrations.sha256 (`cd Migrations && sha256sum *.sql`)")
        for (line, migration) in zip(pinned, SchemaMigrations.bundled.migrations) {
            #expect(
                line.first == migration.checksum,
                "\(migration.identifier) was edited: migrations are append-only, add a new one")
        }
    }

    @Test func freshDatabaseRecordsEveryMigrationOnce() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        let (recorded, legacyTable) = try database.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                try db.tableExists("wlog_migration")
            )
        }
        #expect(recorded == SchemaMigrations.bundled.migrations.map(\.identifier))
        #expect(!legacyTable)
        let attributes = try FileManager.default.attributesOfItem(atPath: path.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func reopeningAppliesNothingTwice() throws {
        let (_, path) = try TestSupport.temporaryDatabase()
        let again = try AppDatabase(path: path.path)
        let count = try again.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") }
        #expect(count == SchemaMigrations.bundled.migrations.count)
    }

    @Test func foldersAreCreated() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("a/b/c/wlog.sqlite").path
        _ = try AppDatabase(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aChangedMigrationIsRefusedByADatabaseFromBefore0009AndLeftUntouched() throws {
        let path = try UpgradeFixture.before0009.copy()
        try DatabaseQueue(path: path.path).write { db in
            try db.execute(
                sql: "UPDATE wlog_migration SET checksum = 'tampered' WHERE identifier = '0001_content_store'")
        }
        let before = try Data(contentsOf: path)
        #expect(throws: SchemaError.modifiedMigration("0001_content_store")) { try AppDatabase(path: path.path) }
        #expect(try Data(contentsOf: path) == before)
    }

    @Test func aNewerDatabaseIsRefusedAndLeftUntouched() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')")
        }
        try database.writer.close()
        let before = try Data(contentsOf: path)
        #expect(throws: SchemaError.newerDatabase(unknownMigrations: ["9999_from_the_future"])) {
            try AppDatabase(path: path.path)
        }
        #expect(try Data(contentsOf: path) == before)
    }

    @Test func aMigrationThatFailsLeavesNothingBehind() throws {
        let broken = SchemaMigrations(
            files: EmbeddedResources.migrations + [
                EmbeddedFile(
                    name: "9000_broken.sql",
                    base64: Data("CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);".utf8).base64EncodedString())
            ])
        let path = try TestSupport.temporaryFolder().appendingPathComponent("wlog.sqlite").path
        #expect(throws: StoreError.self) { try AppDatabase(path: path, migrations: broken) }
        let database = try AppDatabase(path: path)
        let half = try database.writer.read { db in try db.tableExists("half") }
        #expect(!half)
    }
}

import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A database written by the wlog of commit f7323a2 (migrations up to 0008, made by
/// `scripts/make-upgrade-fixture`: records, an import, edits, deletes and an undo) opens with
/// this wlog: 0009 drops `wlog_migration`, and every other table, row and schema entry stays
/// exactly as it was.
@Suite struct OneMigrationRecordUpgradeTests {
    /// Every table's rows, each as its values, sorted (the order a table lists them in is no part of what it holds).
    static func tables(_ db: Database) throws -> [String: [String]] {
        var tables: [String: [String]] = [:]
        for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"")
            tables[name] = rows.map { row in
                zip(row.columnNames, row.databaseValues).map { "\($0)=\(String(reflecting: $1))" }.joined(
                    separator: ", ")
            }
            .sorted()
        }
        return tables
    }

    /// The schema: every table, index, trigger and view with its SQL.
    static func schema(_ db: Database) throws -> Set<String> {
        Set(try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master").map { "\($0)" })
    }

    @Test func aDatabaseFromBefore0009UpgradesWithEveryRowIntact() throws {
        let path = try UpgradeFixture.before0009.copy()
        let before = try DatabaseQueue(path: path.path).read { db in
            (
                tables: try Self.tables(db), schema: try Self.schema(db),
                legacySchema: Set(
                    try Row.fetchAll(
                        db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name = 'wlog_migration'"
                    ).map { "\($0)" }),
                journal: try String.fetchAll(db, sql: "SELECT DISTINCT action FROM record_batch ORDER BY action")
            )
        }
        #expect(try #require(before.tables["logged_set"]).count >= 200)
        #expect(try #require(before.tables["workout_session"]).count >= 10)
        #expect(before.journal == ["delete", "edit", "import", "record"])
        #expect(before.tables["grdb_migrations"]?.count == 8 && before.tables["wlog_migration"]?.count == 8)

        let database = try AppDatabase(path: path.path)
        let after = try database.writer.read { db in
            (
                tables: try Self.tables(db), schema: try Self.schema(db),
                integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                foreignKeys: try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            )
        }
        var expected = before.tables
        expected["wlog_migration"] = nil
        expected["grdb_migrations"] = nil
        var upgraded = after.tables
        let migrations = upgraded.removeValue(forKey: "grdb_migrations")
        // Tables of later migrations (0010's programs) are new and empty; every older one is as it was.
        let laterTables = Set(upgraded.keys).subtracting(before.tables.keys)
        #expect(laterTables.allSatisfy { upgraded.removeValue(forKey: $0) == [] }, "\(laterTables.sorted())")
        // A later table's entries, and the triggers named after it that keep it in step (0012's on
        // logged_set and workout_session keep streak_memo).
        let laterSchema = after.schema.filter { entry in
            laterTables.contains {
                entry.contains("tbl_name:\"\($0)\"") || entry.hasPrefix("[type:\"trigger\" name:\"\($0)_")
            }
        }
        for table in Set(expected.keys).union(upgraded.keys).sorted() {
            #expect(upgraded[table] == expected[table], "\(table)")
        }
        #expect(migrations == SchemaMigrations.bundled.migrations.map { "identifier=\"\($0.identifier)\"" }.sorted())
        #expect(after.schema.subtracting(laterSchema) == before.schema.subtracting(before.legacySchema))
        #expect(!before.legacySchema.isEmpty)
        #expect(after.integrity == ["ok"] && after.foreignKeys.isEmpty)
        #expect(
            try DatabaseMaintenance(database: database).check().contents?.migrations.last
                == SchemaMigrations.bundled.migrations.last?.identifier)
    }

    @Test func aDatabaseFromBefore0009WithAnUnknownMigrationIsRefusedAndLeftUntouched() throws {
        let path = try UpgradeFixture.before0009.copy()
        try DatabaseQueue(path: path.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')")
        }
        let before = try Data(contentsOf: path)
        #expect(throws: SchemaError.newerDatabase(unknownMigrations: ["9999_from_the_future"])) {
            try AppDatabase(path: path.path)
        }
        #expect(try Data(contentsOf: path) == before)
    }

    @Test func aBackupFromBefore0009IsRestoredAndUpgraded() throws {
        let backup = try UpgradeFixture.before0009.copy()
        let target = backup.deletingLastPathComponent().appendingPathComponent("restored/wlog.sqlite").path
        let summary = try DatabaseMaintenance.restore(from: backup.path, into: target)
        #expect(summary.contents.migrations == SchemaMigrations.bundled.migrations.map(\.identifier))
        #expect(summary.contents.sets >= 200)
    }
}

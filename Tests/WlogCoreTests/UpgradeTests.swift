import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A database written by the wlog of the day before migration 0006 (made by
/// `scripts/make-upgrade-fixture`: records, an import, named sessions with notes, custom
/// exercises) opens, migrates, and keeps every row and field of the log.
@Suite struct UpgradeTests {
    /// Every table the log and the user own, with an order that lists its rows the same way each time.
    static let tables = [
        "logged_set", "workout_session", "record_batch", "setting", "exercise", "exercise_alias", "exercise_muscle",
    ]

    /// The fixture, copied into a new folder (the test never writes to the committed file).
    func copy() throws -> URL {
        try UpgradeFixture.before0006.copy()
    }

    func contents(_ db: Database) throws -> [String: [Row]] {
        var contents: [String: [Row]] = [:]
        for table in Self.tables {
            contents[table] = try Row.fetchAll(
                db, sql: "SELECT * FROM \(table) ORDER BY \(table == "setting" ? "key" : "rowid")")
        }
        return contents
    }

    /// A table's rows as column → value, whatever the order of the columns (0007 rebuilds a column).
    static func values(_ rows: [Row]?) -> [[String: DatabaseValue]] {
        (rows ?? []).map { row in Dictionary(uniqueKeysWithValues: zip(row.columnNames, row.databaseValues)) }
    }

    /// The rows of `table` as the later migrations change them on purpose, and in no other way:
    /// an import key becomes the first 64 bits of the same SHA-256 (0007); the change journal's
    /// new columns hold their defaults (0008); a set's time is also given in milliseconds (0014).
    static func upgraded(_ table: String, _ rows: [[String: DatabaseValue]]) -> [[String: DatabaseValue]] {
        rows.map { row in
            var row = row
            switch table {
            case "logged_set", "workout_session":
                if let key = String.fromDatabaseValue(row["import_key"] ?? .null),
                    let bits = UInt64(key.prefix(16), radix: 16)
                {
                    row["import_key"] = Int64(bitPattern: bits).databaseValue
                }
                if table == "logged_set", let time = String.fromDatabaseValue(row["performed_at"] ?? .null) {
                    row["performed_ms"] = StoredTime.milliseconds(stored: time)?.databaseValue ?? .null
                }
            case "record_batch":
                row["action"] = "record".databaseValue
                row["subject"] = .null
                row["before_image"] = .null
            default:
                break
            }
            return row
        }
    }

    @Test func anOlderDatabaseMigratesWithEverySetAndFieldIntact() throws {
        let path = try copy()
        let before = try DatabaseQueue(path: path.path).read { db in
            (
                try contents(db),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            )
        }
        #expect(before.1.last == "0005_record_indexes")
        let sets = try #require(before.0["logged_set"])
        #expect(sets.count >= 250)
        #expect(
            sets.contains { ($0["import_key"] as String?) != nil }
                && sets.contains { ($0["batch_id"] as Int64?) != nil })
        #expect(
            sets.contains { ($0["duration_s"] as Double?) != nil }
                && sets.contains { ($0["distance_m"] as Double?) != nil })
        #expect(
            sets.contains { ($0["note"] as String?) != nil } && sets.contains { ($0["weight_unit"] as String) == "lb" })
        let sessions = try #require(before.0["workout_session"])
        #expect(
            sessions.contains { ($0["name"] as String?) == "Push day" }
                && sessions.contains { ($0["note"] as String?) != nil })
        #expect(try #require(before.0["exercise"]).contains { ($0["origin"] as String) == "custom" })

        let database = try AppDatabase(path: path.path)
        let after = try database.writer.read { db in
            (
                contents: try contents(db),
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                foreignKeys: try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"),
                indexes: try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'logged_set' AND sql IS NOT NULL ORDER BY name
                        """)
            )
        }
        for table in Self.tables {
            #expect(
                Self.values(after.contents[table]) == Self.upgraded(table, Self.values(before.0[table])), "\(table)")
        }
        #expect(after.migrations == SchemaMigrations.bundled.migrations.map(\.identifier))
        #expect(
            after.migrations.contains("0006_lean_indexes") && after.migrations.contains("0007_fixed_size_import_keys")
                && after.migrations.contains("0008_change_journal")
                && after.migrations.contains("0009_one_migration_record"))
        #expect(try database.writer.read { db in try db.tableExists("wlog_migration") } == false)
        #expect(after.integrity == ["ok"] && after.foreignKeys.isEmpty)
        #expect(
            after.indexes == [
                "logged_set_by_batch", "logged_set_by_exercise", "logged_set_by_import_key", "logged_set_by_session",
                "logged_set_by_time", "logged_set_for_distance_records", "logged_set_for_hold_records",
                "logged_set_for_load_records", "logged_set_for_rep_records",
            ])
        let insight = InsightStore(database: database)
        #expect(try insight.currentRecords() == PersonalRecords.current(in: try insight.sets()))
    }

    @Test func migration0006FailingHalfwayLeavesTheOlderDatabaseAsItWas() throws {
        let path = try copy()
        // Two sets with one import key (the unique index replaced by a plain one of its name):
        // 0006 fails where it rebuilds the import-key index, after dropping and creating others.
        let queue = try DatabaseQueue(path: path.path)
        let before = try queue.write { db in
            try db.execute(
                sql: """
                    DROP INDEX logged_set_by_import_key;
                    CREATE INDEX logged_set_by_import_key ON logged_set (import_key);
                    UPDATE logged_set SET import_key = 'twice' WHERE id IN (SELECT id FROM logged_set ORDER BY id LIMIT 2);
                    """)
            return (
                try contents(db), try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name")
            )
        }
        try queue.close()
        #expect(throws: StoreError.self) { try AppDatabase(path: path.path) }
        let after = try DatabaseQueue(path: path.path).read { db in
            (
                try contents(db), try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            )
        }
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
        #expect(after.2.last == "0005_record_indexes")
    }
}

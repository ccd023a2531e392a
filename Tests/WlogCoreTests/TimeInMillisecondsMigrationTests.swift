import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Migration 0014 on a database written by an older wlog (`Tests/Fixtures/upgrade`): every set
/// keeps every stored value, `performed_ms` is the helper's milliseconds of `performed_at`, the
/// time indexes are rebuilt on it under their names, and a range or an order of time selects the
/// same sets, in the same order, as the text did before.
@Suite struct TimeInMillisecondsMigrationTests {
    static let rebuiltIndexes = [
        "logged_set_by_exercise", "logged_set_by_time", "logged_set_for_distance_records",
        "logged_set_for_hold_records", "logged_set_for_load_records", "logged_set_for_rep_records",
    ]

    /// The sets as stored, without the generated column.
    static func storedSets(_ db: Database) throws -> [Row] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, session_id, exercise_id, batch_id, performed_at, set_number, reps, weight_kg, weight_unit, bodyweight,
                       duration_s, distance_m, rpe, rir, kind, note, created_at, import_key
                FROM logged_set ORDER BY id
                """)
    }

    /// Time ranges over the fixture: from each set's time (and a millisecond either side) to a
    /// later one, and open ones on either side.
    static func ranges(_ times: [Date]) -> [(since: Date?, until: Date?)] {
        let bounds = Array(Set(times.flatMap { [$0, $0.addingTimeInterval(0.001), $0.addingTimeInterval(-0.001)] }))
            .sorted()
        var ranges: [(since: Date?, until: Date?)] = [(nil, nil)]
        for (index, since) in bounds.enumerated() {
            ranges.append((since, nil))
            ranges.append((nil, since))
            ranges.append((since, bounds[min(index + 40, bounds.count - 1)]))
        }
        return ranges
    }

    @Test func anOlderDatabaseKeepsEverySetAndSelectsTheSameSetsByTime() throws {
        let path = try UpgradeFixture.before0009.copy()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let older = SchemaMigrations(files: EmbeddedResources.migrations.filter { $0.name < "0014" })
        let old = try AppDatabase(path: path.path, migrations: older)
        let before = try old.writer.read { db in
            let sets = try Self.storedSets(db)
            let ranges = Self.ranges(sets.map { $0["performed_at"] })
            let selected = try ranges.map { range in
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM logged_set WHERE (?1 IS NULL OR performed_at >= ?1) AND (?2 IS NULL OR performed_at < ?2)
                        ORDER BY performed_at, id
                        """, arguments: [range.since, range.until])
            }
            return (sets: sets, ranges: ranges, selected: selected)
        }
        #expect(before.sets.count >= 200)
        #expect(
            before.ranges.count > 50 && before.selected.contains { $0.isEmpty }
                && before.selected[0].count == before.sets.count)

        let database = try AppDatabase(path: path.path)
        let insight = InsightStore(database: database)
        let after = try database.writer.read { db in
            (
                sets: try Self.storedSets(db),
                milliseconds: try Row.fetchAll(
                    db, sql: "SELECT performed_at, performed_ms FROM logged_set ORDER BY id"),
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                indexes: try Row.fetchAll(
                    db,
                    sql:
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'logged_set' AND sql IS NOT NULL"
                ),
                integrity: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                foreignKeys: try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            )
        }
        #expect(after.sets == before.sets)
        #expect(after.migrations.last == "0014_time_in_milliseconds")
        #expect(after.integrity == ["ok"] && after.foreignKeys.isEmpty)
        for row in after.milliseconds {
            let text: String = row["performed_at"]
            #expect(row["performed_ms"] == StoredTime.milliseconds(stored: text), "\(text)")
        }
        let indexes = Dictionary(
            uniqueKeysWithValues: after.indexes.map { (($0["name"] as String), ($0["sql"] as String)) })
        for name in Self.rebuiltIndexes {
            let sql = try #require(indexes[name], "\(name)")
            #expect(sql.contains("performed_ms") && !sql.contains("performed_at"), "\(name)")
        }
        #expect(indexes.count == 9)

        for (range, selected) in zip(before.ranges, before.selected) {
            let found = try insight.sets(since: range.since, until: range.until).map(\.set.id)
            #expect(
                found == selected.map(Optional.some),
                "\(String(describing: range.since)) – \(String(describing: range.until))")
        }
        #expect(try insight.currentRecords() == PersonalRecords.current(in: try insight.sets()))
        #expect(try WorkoutLog(database: database).setCount() == before.sets.count)
    }
}

import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A history import that loads in bulk (`HistoryBulkLoad`: indexes and insert triggers dropped,
/// their work done once, everything re-created) leaves the database as the same import set by set
/// does: the same rows, the same exercise totals and streak memo, the same schema.
@Suite struct HistoryBulkLoadTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let now = Date(timeIntervalSinceReferenceDate: 800_000_000)

    /// Memo rows before, inside and after the generated export's weeks (January and February 2022).
    static let memoRows = [
        "('UTC', '2000-01-01 00:00:00.000', NULL, 0, 0, 0, 0)",
        "('Europe/Berlin', '2022-01-20 00:00:00.000', 19000, 2, 5, 1, 3)",
        "('Asia/Tokyo', '2099-01-01 00:00:00.000', 19100, 1, 5, 1, 3)",
    ]

    func importFile(_ text: String, into database: AppDatabase, bulk: Bool) throws {
        let history = try HistoryFile.check(
            Data(text.utf8), path: "export.csv",
            options: HistoryFile.Options(format: .strong, strongUnit: .kg, timeZone: berlin), now: now)
        _ = try WorkoutLog(database: database).importHistory(
            history, overrides: [:], dryRun: false, now: now, progress: nil, bulkMinimumSets: bulk ? 1 : .max)
    }

    func addMemo(to database: AppDatabase) throws {
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM streak_memo")
            try db.execute(sql: "INSERT INTO streak_memo VALUES \(Self.memoRows.joined(separator: ", "))")
        }
    }

    /// Everything but the amounts of the totals, as text; and the amounts, by exercise.
    func state(of database: AppDatabase) throws -> (text: String, amounts: [Int64: [Double]]) {
        try database.writer.read { db in
            let stored = try String.fetchAll(
                db, sql: "SELECT name FROM pragma_table_xinfo('logged_set') WHERE hidden = 0 ORDER BY cid")
            let text = try [
                "SELECT \(stored.joined(separator: ", ")) FROM logged_set ORDER BY id",
                "SELECT * FROM workout_session ORDER BY id",
                "SELECT * FROM record_batch ORDER BY id",
                "SELECT exercise_id, sets, warmup_sets, reps, holds, sessions FROM exercise_log_totals ORDER BY 1",
                "SELECT * FROM streak_memo ORDER BY time_zone",
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
            ].map { sql in try Row.fetchAll(db, sql: sql).map(\.description).joined(separator: "\n") }
                .joined(separator: "\n--\n")
            let amounts = try Row.fetchAll(
                db, sql: "SELECT exercise_id, volume_kg, duration_s, distance_m FROM exercise_log_totals")
            return (
                text,
                Dictionary(uniqueKeysWithValues: amounts.map { ($0[0], [$0[1], $0[2], $0[3]]) })
            )
        }
    }

    func expectSame(_ bulk: AppDatabase, _ setBySet: AppDatabase) throws {
        let (bulkState, setBySetState) = (try state(of: bulk), try state(of: setBySet))
        #expect(bulkState.text == setBySetState.text)
        #expect(Set(bulkState.amounts.keys) == Set(setBySetState.amounts.keys))
        for (exercise, amounts) in bulkState.amounts {
            let other = setBySetState.amounts[exercise] ?? []
            #expect(zip(amounts, other).allSatisfy { abs($0 - $1) < 1e-6 }, "exercise \(exercise)")
        }
        try ExerciseLogTotalsTests.expectExact(bulk, after: "a bulk import")
    }

    @Test func aLargeFileIntoAnEmptyLogLeavesWhatASetBySetImportLeaves() throws {
        let (bulk, setBySet) = (try SeededStore(), try SeededStore())
        for store in [bulk, setBySet] { try addMemo(to: store.database) }
        try importFile(HistoryImportDumpTests.generatedStrong, into: bulk.database, bulk: true)
        try importFile(HistoryImportDumpTests.generatedStrong, into: setBySet.database, bulk: false)
        try expectSame(bulk.database, setBySet.database)
        // The memo row before the file's first workout stays; those after it go.
        #expect(
            try bulk.database.writer.read { try String.fetchAll($0, sql: "SELECT time_zone FROM streak_memo") } == [
                "UTC"
            ])
    }

    @Test func aSmallFileIntoALargerLogLeavesWhatASetBySetImportLeaves() throws {
        let (bulk, setBySet) = (try SeededStore(), try SeededStore())
        for store in [bulk, setBySet] {
            try importFile(HistoryImportDumpTests.generatedStrong, into: store.database, bulk: false)
            try addMemo(to: store.database)
        }
        try importFile(HistoryFixtures.strong, into: bulk.database, bulk: true)
        try importFile(HistoryFixtures.strong, into: setBySet.database, bulk: false)
        try expectSame(bulk.database, setBySet.database)
    }

    @Test func importingTheSameFileAgainInBulkAddsNothing() throws {
        let store = try SeededStore()
        try importFile(HistoryImportDumpTests.generatedStrong, into: store.database, bulk: true)
        let first = try state(of: store.database)
        try importFile(HistoryImportDumpTests.generatedStrong, into: store.database, bulk: true)
        #expect(try state(of: store.database).text == first.text)
    }
}

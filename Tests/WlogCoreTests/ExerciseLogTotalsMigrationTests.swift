import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Migration 0013 fills `exercise_log_totals` from the sets of a database made before it, and
/// the report over the whole log reads that table and the chart weeks, never the whole log.
@Suite struct ExerciseLogTotalsMigrationTests {
    @Test func anOlderDatabaseGetsTheTotalsOfItsSets() throws {
        let path = try UpgradeFixture.before0009.copy()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let sets = try DatabaseQueue(path: path.path).read { db in
            try #require(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM logged_set"))
        }
        #expect(sets > 0)
        let database = try AppDatabase(path: path.path)
        let table = try ExerciseLogTotalsTests.tableAndRecomputed(in: database).table
        #expect(table.values.map { ($0["sets"] as Int) + ($0["warmup_sets"] as Int) }.reduce(0, +) == sets)
        try ExerciseLogTotalsTests.expectExact(database, after: "migration")
        try InsightFixture.record(
            [("bench-press", RecordRequest(sets: 2, reps: "5", weight: "100"))],
            at: InsightFixture.time("2026-05-01T17:00:00Z"), in: database)
        try ExerciseLogTotalsTests.expectExact(database, after: "a record after the migration")
        try database.writer.close()
    }

    @Test(arguments: [false, true])
    func theWholeLogReportScansNeitherTheLogNorItsIndexes(analyzed: Bool) throws {
        let test = try RecentPlanLog(analyzed: analyzed)
        let insight = InsightStore(database: test.database)
        let plans = try test.plans(
            of: try test.statements {
                _ = try insight.report(since: nil, now: test.now, timeZone: InsightFixture.berlin)
            })
        #expect(!plans.isEmpty)
        for plan in plans {
            let names = RecentPlanLog.names(ofTheLogIn: plan.sql)
            let scans =
                RecentPlanLog.fullScans(plan.steps, names: names)
                + plan.steps.filter { $0.hasPrefix("SCAN ") && $0.contains("INDEX logged_set_") }
            #expect(scans.isEmpty, "report scans logged_set or one of its indexes: \(plan.sql)\n\(plan.steps)")
        }
        let statements = try test.statements {
            _ = try insight.report(since: nil, now: test.now, timeZone: InsightFixture.berlin)
        }
        #expect(statements.contains { $0.contains("exercise_log_totals") })
    }
}

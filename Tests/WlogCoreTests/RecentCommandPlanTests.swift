import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Every command that shows recent data reaches `logged_set` through an index: the statements its
/// one library call runs are captured by tracing (so the test follows whatever SQL the stores
/// hold), and each one that names the log must use an index of `logged_set` and never read the
/// whole table.
@Suite struct RecentCommandPlanTests {
    @Test(arguments: [false, true])
    func everyRecentCommandReadsTheLogThroughAnIndex(analyzed: Bool) throws {
        let test = try RecentPlanLog(analyzed: analyzed)
        let log = WorkoutLog(database: test.database)
        let insight = InsightStore(database: test.database)
        let exercise = try ExerciseStore(database: test.database).resolve(
            try test.database.writer.read { db in
                try #require(try String.fetchOne(db, sql: "SELECT slug FROM exercise ORDER BY id LIMIT 1"))
            })
        let muscle = try test.database.writer.read { db in
            try #require(
                try String.fetchOne(
                    db, sql: "SELECT muscle FROM exercise_muscle WHERE exercise_id = ? LIMIT 1",
                    arguments: [exercise.id]))
        }
        try test.expectIndexed("record") {
            _ = try ProgramStore(database: test.database).record(
                RecordRequest(sets: 2, reps: "5", weight: "300"), of: exercise.slug, now: test.now)
        }
        try test.expectIndexed("undo") {
            let change = try #require(try log.latestChange())
            _ = try log.undo(change)
        }
        try test.expectIndexed("history EXERCISE --last 5") {
            _ = try log.history(HistoryFilter(lastSessions: 5), exercise: exercise.slug)
        }
        try test.expectIndexed("history --last 5") { _ = try log.history(HistoryFilter(lastSessions: 5)) }
        try test.expectIndexed("sessions --last 10") { _ = try log.sessionListing(last: 10) }
        for period in [SummaryPeriod.week, .month] {
            try test.expectIndexed("summary \(period)") {
                _ = try insight.summary(of: period, now: test.now, timeZone: InsightFixture.berlin)
            }
        }
        try test.expectIndexed("prs") { _ = try insight.records() }
        try test.expectIndexed("prs --muscle \(muscle)") { _ = try insight.records(muscle: muscle) }
        try test.expectIndexed("stats EXERCISE") { _ = try insight.exerciseSets(exercise.slug) }
    }

    @Test func aTableScanOfTheLogIsCaught() {
        let names = RecentPlanLog.names(
            ofTheLogIn: "SELECT * FROM logged_set s INDEXED BY logged_set_by_time WHERE s.reps = 5")
        #expect(names == ["logged_set", "s"])
        #expect(RecentPlanLog.fullScans(["SCAN s"], names: names) == ["SCAN s"])
        #expect(RecentPlanLog.fullScans(["SCAN s USING INDEX logged_set_by_time"], names: names).isEmpty)
        #expect(!RecentPlanLog.usesAnIndexOfTheLog(["SCAN s"], names: names))
        #expect(RecentPlanLog.usesAnIndexOfTheLog(["SEARCH s USING INTEGER PRIMARY KEY (rowid=?)"], names: names))
    }
}

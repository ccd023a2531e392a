import Foundation
import Testing

@testable import WlogCore

/// `report` on a log longer than its charts: the weeks before the charts' 52 are read in ranges
/// of weeks, the charts' weeks one by one. Expected figures are worked out here from the plan of
/// the log (which sets on which days), not by the report's code.
@Suite final class ReportLongLogTests {
    let database: AppDatabase
    let folder: URL
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let start = InsightFixture.time("2025-01-06T09:00:00Z")
    static let now = InsightFixture.time("2026-08-20T12:00:00Z")
    /// A session every five days from `start` to before `now`: 118 sessions over 85 weeks.
    static let sessionTimes = stride(from: 0, to: 590, by: 5).map { start.addingTimeInterval(Double($0) * 86400) }
    /// Planks only in the first 100 days, long before the charts' weeks.
    static let plankDays = 100.0 * 86400

    /// Each session: a bench warm-up, three bench sets of 5 at 100 kg, pull-ups, and early on a plank.
    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        for time in Self.sessionTimes {
            var plan: [(String, RecordRequest)] = [
                ("bench-press", RecordRequest(reps: "10", weight: "40", warmup: true)),
                ("bench-press", RecordRequest(sets: 3, reps: "5", weight: "100")),
                ("pull-up", RecordRequest(reps: "8", weight: "bw")),
            ]
            if time.timeIntervalSince(Self.start) < Self.plankDays {
                plan.append(("plank", RecordRequest(duration: "60s")))
            }
            try InsightFixture.record(plan, at: time, in: database)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func totalsCoverTheWholeLogAndTheWeeksAreTheCharts() throws {
        let report = try InsightStore(database: database).report(since: nil, now: Self.now, timeZone: Self.utc)
        let sessions = Self.sessionTimes.count
        let planks = Self.sessionTimes.filter { $0.timeIntervalSince(Self.start) < Self.plankDays }.count
        let bench = try #require(report.exercises.first { $0.slug == "bench-press" })
        #expect(bench.sets == 3 * sessions && bench.warmupSets == sessions && bench.reps == 15 * sessions)
        #expect(abs(bench.volumeKg - 1500.0 * Double(sessions)) < 1e-6 && bench.sessions == sessions)
        #expect(bench.firstAt == Self.start && bench.measure == .load)
        let pullUp = try #require(report.exercises.first { $0.slug == "pull-up" })
        #expect(pullUp.sets == sessions && pullUp.reps == 8 * sessions && pullUp.measure == .reps)
        let plank = try #require(report.exercises.first { $0.slug == "plank" })
        #expect(plank.sets == planks && plank.durationS == 60.0 * Double(planks) && plank.measure == .hold)
        #expect(plank.weeks.allSatisfy { $0.sets == 0 })
        #expect(report.summary.sessions == sessions && report.summary.sets == 4 * sessions + planks)

        let buckets = WeeklyBuckets(timeZone: Self.utc)
        let thisWeek = buckets.week(containing: Self.now)
        #expect(bench.weeks.count == TrainingReport.chartWeeks && bench.weeks.last?.week == thisWeek)
        for week in bench.weeks {
            let inWeek = Self.sessionTimes.filter { $0 >= week.week.start && $0 < week.week.end }.count
            #expect(week.sets == 3 * inWeek && abs(week.volumeKg - 1500.0 * Double(inWeek)) < 1e-6)
            if inWeek > 0 {
                #expect(abs((week.bestOneRepMaxKg ?? 0) - 100.0 * (1 + 5 / 30.0)) < 1e-9)
            } else {
                #expect(week.bestOneRepMaxKg == nil)
            }
        }
    }

    @Test func theReportIsInTheUnitSettingAndSaysHowFarItHasGot() throws {
        _ = try SettingsStore(database: database).set(.unit, to: "lb")
        var steps: [(Int, Int)] = []
        let report = try InsightStore(database: database).report(
            since: nil, now: Self.now, timeZone: Self.utc, progress: { steps.append(($0, $1)) })
        #expect(report.unit == .lb)
        let total = try #require(steps.last?.1)
        #expect(steps.map(\.0) == Array(1...total) && steps.allSatisfy { $0.1 == total })
        // 85 weeks: the 33 before the charts' 52 in two ranges, the 52 one by one, then the rest.
        #expect(total == 2 + TrainingReport.chartWeeks + 1)
    }
}

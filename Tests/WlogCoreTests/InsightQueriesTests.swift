import Foundation
import Testing

@testable import WlogCore

/// `prs`, `summary` and `report` read figures from the store (record indexes, grouped SQL,
/// session starts) instead of every set: on a varied log they must say exactly what a
/// brute-force reading of all the sets says.
@Suite final class InsightQueriesTests {
    let database: AppDatabase
    let folder: URL
    let insight: InsightStore
    let start = InsightFixture.time("2026-08-03T16:00:00Z")
    let now = InsightFixture.time("2026-11-12T12:00:00Z")
    static let tokyo = TimeZone(identifier: "Asia/Tokyo") ?? .current

    /// Fifteen weeks of bench press (kg, lb, warm-ups, drops), pull-ups (bodyweight and added
    /// load), planks, farmer's walks (distance) and back squats, in sessions every other day.
    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        insight = InsightStore(database: database)
        var generator = SeededGenerator(seed: 11)
        for day in stride(from: 0, to: 100, by: 2) {
            let time = start.addingTimeInterval(Double(day) * 86400)
            let reps = Int.random(in: 1...14, using: &generator)
            let plan: [(String, RecordRequest)] = [
                ("bench-press", RecordRequest(reps: "10", weight: "40", warmup: true)),
                (
                    "bench-press",
                    RecordRequest(sets: 3, reps: "\(reps)", weight: "\(Int.random(in: 50...100, using: &generator))")
                ),
                (
                    "bench-press",
                    RecordRequest(
                        reps: "\(reps + 2)", weight: "\(Int.random(in: 100...200, using: &generator))lb", kind: .drop)
                ),
                (
                    "pull-up",
                    RecordRequest(
                        reps: "\(Int.random(in: 3...15, using: &generator))",
                        weight: day % 4 == 0 ? "bw" : "bw+\(day % 20)kg")
                ),
                ("plank", RecordRequest(duration: "\(Int.random(in: 20...150, using: &generator))s")),
                (
                    "farmers-walk",
                    RecordRequest(weight: "24", distance: "\(Int.random(in: 20...60, using: &generator))m")
                ),
                (
                    "back-squat",
                    RecordRequest(reps: "5", weight: "\(60 + day)", kind: day % 10 == 0 ? .failure : .working)
                ),
            ]
            try InsightFixture.record(plan, at: time, in: database)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func recordsFromTheIndexesAreTheRecordsOfEverySet() throws {
        let everything = try insight.sets()
        let expected = PersonalRecords.current(in: everything)
        #expect(expected.count >= 25)
        #expect(try insight.currentRecords() == expected)
        let chest = try insight.exerciseIDs(working: "chest")
        #expect(
            try insight.currentRecords(muscle: "CHEST") == expected.filter { chest.contains($0.entry.set.exerciseId) })
        #expect(try !insight.currentRecords(muscle: "chest").isEmpty)
    }

    @Test func anUnknownMuscleIsAnErrorThatNamesTheKnownOnes() throws {
        do {
            _ = try insight.currentRecords(muscle: "nonsense")
            Issue.record("an unknown muscle was accepted")
        } catch let error as LogInputError {
            #expect(error.option == "--muscle" && error.value == "nonsense")
            #expect(
                error.expected.contains("chest") && error.expected.contains("lats")
                    && error.expected.contains("quadriceps"))
        }
    }

    @Test func theSummaryFromTheStoreIsTheSummaryOfItsSets() throws {
        for period in [SummaryPeriod.week, .month, .since(start)] {
            let range = period.range(now: now, timeZone: InsightFixture.berlin)
            let sets = try insight.sets(since: range.from, until: range.until)
            let starts = Dictionary(grouping: try insight.sets(), by: \.set.sessionId).mapValues {
                $0.map(\.set.performedAt).min() ?? now
            }
            let expected = TrainingSummary.make(
                totals: ExerciseTotals.of(sets),
                sessionStarts: Set(sets.map(\.set.sessionId)).compactMap { starts[$0] },
                allSessionStarts: Array(starts.values),
                primaryMuscles: try insight.primaryMuscles(of: Set(sets.map(\.set.exerciseId))),
                from: range.from, until: range.until, now: now, timeZone: InsightFixture.berlin)
            let summary = try insight.summary(of: period, now: now, timeZone: InsightFixture.berlin)
            #expect(
                summary.sets == expected.sets && summary.warmupSets == expected.warmupSets
                    && summary.reps == expected.reps)
            #expect(abs(summary.volumeKg - expected.volumeKg) < 1e-6 && summary.distanceM == expected.distanceM)
            #expect(summary.muscles == expected.muscles && summary.exercises == expected.exercises)
            #expect(summary.trainingDays == expected.trainingDays && summary.sessions == expected.sessions)
            #expect(summary.dayStreak == expected.dayStreak && summary.weekStreak == expected.weekStreak)
        }
        let whole = try insight.summary(of: .since(start), now: now, timeZone: InsightFixture.berlin)
        #expect(
            whole.trainingDays == 50 && whole.weekStreak.longest == 15
                && whole.dayStreak == Streak(current: 0, longest: 1))
    }

    @Test func theReportFromTheStoreIsTheReportOfItsSets() throws {
        for since in [nil, InsightFixture.time("2026-10-01T00:00:00Z")] {
            let sets = try insight.sets(since: since)
            let expected = TrainingReport.make(
                entries: sets, primaryMuscles: try insight.primaryMuscles(of: Set(sets.map(\.set.exerciseId))),
                now: now, timeZone: Self.tokyo, unit: .kg)
            let report = try insight.report(since: since, now: now, timeZone: Self.tokyo)
            #expect(report.records == expected.records)
            #expect(report.setsPerDay == expected.setsPerDay && report.calendar == expected.calendar)
            #expect(
                report.summary.trainingDays == expected.summary.trainingDays
                    && report.summary.sets == expected.summary.sets)
            #expect(report.summary.dayStreak == expected.summary.dayStreak)
            #expect(report.exercises.map(\.slug) == expected.exercises.map(\.slug))
            for (stats, wanted) in zip(report.exercises, expected.exercises) {
                #expect(
                    stats.measure == wanted.measure && stats.sessions == wanted.sessions && stats.sets == wanted.sets)
                #expect(
                    stats.warmupSets == wanted.warmupSets && stats.reps == wanted.reps
                        && stats.firstAt == wanted.firstAt)
                #expect(abs(stats.volumeKg - wanted.volumeKg) < 1e-6 && abs(stats.distanceM - wanted.distanceM) < 1e-9)
                #expect(
                    stats.records == wanted.records && stats.oneRepMax == wanted.oneRepMax
                        && stats.bestSet == wanted.bestSet)
                #expect(stats.weeks.map(\.week) == wanted.weeks.map(\.week))
                for (week, other) in zip(stats.weeks, wanted.weeks) {
                    #expect(week.sets == other.sets && week.reps == other.reps && week.mostReps == other.mostReps)
                    #expect(abs(week.volumeKg - other.volumeKg) < 1e-6 && week.longestHoldS == other.longestHoldS)
                    #expect(
                        abs((week.bestOneRepMaxKg ?? 0) - (other.bestOneRepMaxKg ?? 0)) < 1e-9
                            && week.longestDistanceM == other.longestDistanceM)
                }
            }
        }
    }
}

import Foundation
import Testing

@testable import WlogCore

/// The insight reads on a real database file: sets by exercise and period, muscles, and the
/// records a `record` broke.
@Suite final class InsightStoreTests {
    let database: AppDatabase
    let folder: URL
    let log: WorkoutLog
    let insight: InsightStore
    let bench: Exercise
    let start = InsightFixture.time("2026-11-02T17:00:00Z")

    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        log = WorkoutLog(database: database)
        insight = InsightStore(database: database)
        bench = try ExerciseStore(database: database).resolve("bench-press")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func record(_ request: RecordRequest, days: Double) throws -> WorkoutLog.RecordResult {
        let time = start.addingTimeInterval(days * 86400)
        return try log.record(
            try RecordPlan.make(request, settings: LogSettings(), now: time), exercise: bench, now: time)
    }

    func announcements(_ result: WorkoutLog.RecordResult) throws -> [String] {
        try insight.newRecords(setBy: result).map { RecordText.announcement($0, unit: .kg) }
    }

    @Test func recordsAreAnnouncedOnlyWhenSomethingIsBeaten() throws {
        #expect(try announcements(try record(RecordRequest(sets: 3, reps: "12", weight: "22.5"), days: 0)).isEmpty)
        #expect(
            try announcements(try record(RecordRequest(reps: "12", weight: "25"), days: 3))
                == ["New PR: 12 reps @ 25 kg (was 22.5 kg)", "New PR: e1RM 35 kg (was 31.5 kg)"])
        #expect(try announcements(try record(RecordRequest(reps: "12", weight: "25"), days: 7)).isEmpty)
        #expect(try announcements(try record(RecordRequest(reps: "12", weight: "30", warmup: true), days: 8)).isEmpty)
    }

    @Test func aSetStoredMeanwhileByAnotherProcessCountsAsAnEarlierOne() throws {
        _ = try record(RecordRequest(reps: "5", weight: "80"), days: 0)
        let ours = try record(RecordRequest(reps: "5", weight: "85"), days: 2)
        _ = try record(RecordRequest(reps: "5", weight: "90"), days: 2.01)
        #expect(try announcements(ours).isEmpty)
    }

    @Test func setsByExerciseAndPeriodOldestFirst() throws {
        _ = try record(RecordRequest(reps: "5", weight: "80"), days: 7)
        _ = try record(RecordRequest(reps: "6", weight: "80"), days: 0)
        let plank = try ExerciseStore(database: database).resolve("plank")
        _ = try log.record(
            try RecordPlan.make(RecordRequest(duration: "1m"), settings: LogSettings(), now: start), exercise: plank,
            now: start)
        #expect(try insight.sets(exerciseID: bench.id).map(\.set.reps) == [6, 5])
        #expect(try insight.sets().count == 3)
        #expect(try insight.sets(since: start.addingTimeInterval(86400)).map(\.set.reps) == [5])
        #expect(try insight.sets(until: start.addingTimeInterval(86400)).count == 2)
        #expect(try insight.sessionStarts(through: start.addingTimeInterval(8 * 86400)).count == 2)
        #expect(try insight.sessionStarts(through: start.addingTimeInterval(86400)) == [start])
        let muscles = try insight.primaryMuscles(of: [bench.id ?? 0, plank.id ?? 0])
        #expect(muscles[bench.id ?? 0] == ["chest"] && muscles[plank.id ?? 0] == ["abdominals"])
        #expect(try insight.exerciseIDs(working: "Triceps").contains(bench.id ?? 0))
        #expect(try !insight.exerciseIDs(working: "triceps").contains(plank.id ?? 0))
    }

    @Test func theSummaryComesInTheUnitOfTheSettings() throws {
        _ = try record(RecordRequest(reps: "5", weight: "80"), days: 0)
        let day = start.addingTimeInterval(3600)
        #expect(try insight.summary(of: .week, now: day, timeZone: InsightFixture.berlin).unit == .kg)
        try SettingsStore(database: database).set(.unit, to: "lb")
        let summary = try insight.summary(of: .week, now: day, timeZone: InsightFixture.berlin)
        #expect(summary.unit == .lb && summary.sets == 1 && summary.volumeKg == 400)
    }
}

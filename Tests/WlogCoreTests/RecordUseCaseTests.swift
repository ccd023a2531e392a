import Foundation
import Testing

@testable import WlogCore

/// `record` as one library call: the request checked, the exercise found, the sets stored, the
/// "last time" sets and the new records read, all in one transaction.
@Suite struct RecordUseCaseTests {
    let seeded: SeededStore
    let log: WorkoutLog
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        seeded = try SeededStore()
        log = WorkoutLog(database: seeded.database)
    }

    @Test func oneCallStoresTheSetsWithTheLastTimeAndTheRecordsTheyTake() throws {
        let first = try log.record(RecordRequest(sets: 3, reps: "5", weight: "100kg"), of: "bench-press", now: start)
        #expect(first.stored?.openedSession == true && first.stored?.entries.count == 3)
        #expect(first.previous.isEmpty && first.newRecords.isEmpty && !first.continuesSession)
        let later = start.addingTimeInterval(2 * 86_400)
        let second = try log.record(RecordRequest(reps: "5", weight: "105kg"), of: "Bench Press", now: later)
        #expect(second.exercise.slug == "bench-press" && second.stored?.openedSession == true)
        #expect(second.previous.map(\.set.weightKg) == [100, 100, 100])
        #expect(!second.newRecords.isEmpty)
        #expect(
            second.newRecords.allSatisfy { $0.record.value > $0.previous.value && $0.record.entry.set.weightKg == 105 })
        let third = try log.record(
            RecordRequest(reps: "5", weight: "90kg"), of: "bench-press", now: later.addingTimeInterval(300))
        #expect(third.continuesSession && third.stored?.openedSession == false && third.newRecords.isEmpty)
        #expect(third.previous.map(\.set.weightKg) == [100, 100, 100])
        #expect(try log.setCount() == 5)
    }

    @Test func aDryRunWorksOutTheSameAndStoresNothing() throws {
        _ = try log.record(RecordRequest(sets: 2, reps: "8", weight: "60kg"), of: "bench-press", now: start)
        let later = start.addingTimeInterval(86_400)
        let preview = try log.record(
            RecordRequest(reps: "8", weight: "70kg"), of: "bench-press", dryRun: true, now: later)
        #expect(preview.stored == nil && preview.newRecords.isEmpty)
        #expect(preview.plan.sets.count == 1 && preview.plan.performedAt == later)
        #expect(preview.previous.map(\.set.weightKg) == [60, 60])
        #expect(try log.setCount() == 2)
    }

    @Test func aBadValueIsReportedBeforeAnUnknownExerciseAndNothingIsStored() throws {
        #expect(throws: LogInputError.self) {
            try log.record(RecordRequest(reps: "0"), of: "no such lift at all", now: start)
        }
        #expect(throws: ExerciseLookupError.self) {
            try log.record(RecordRequest(reps: "5"), of: "no such lift at all", now: start)
        }
        #expect(try log.setCount() == 0 && log.sessions().isEmpty)
    }
}

import Foundation
import Testing

@testable import WlogCore

/// `sessions`, `prs` and `stats` make one library call whose result carries the `unit` setting
/// beside what they list, read in the same transaction: the same figures as the separate calls,
/// and the unit as it is stored.
@Suite struct UnitInOneReadTests {
    let seeded: SeededStore
    let log: WorkoutLog
    let insight: InsightStore
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// Bench press and pull-ups over three sessions a day apart.
    init() throws {
        seeded = try SeededStore()
        log = WorkoutLog(database: seeded.database)
        insight = InsightStore(database: seeded.database)
        for day in 0..<3 {
            let time = start.addingTimeInterval(Double(day) * 86_400)
            _ = try log.record(
                RecordRequest(sets: 2, reps: "5", weight: "\(80 + day * 5)"), of: "bench-press", now: time)
            _ = try log.record(RecordRequest(reps: "\(8 + day)", weight: "bw"), of: "pull-up", now: time + 600)
        }
    }

    @Test(arguments: [WeightUnit.kg, .lb])
    func theListingsCarryTheUnitSetting(unit: WeightUnit) throws {
        try SettingsStore(database: seeded.database).set(.unit, to: unit.rawValue)

        let listing = try log.sessionListing(last: 2)
        #expect(listing.unit == unit)
        #expect(listing.sessions == (try log.sessions(last: 2)))
        #expect(listing.sessions.count == 2)

        let records = try insight.records(muscle: "chest")
        #expect(records.unit == unit)
        #expect(records.records == (try insight.currentRecords(muscle: "chest")))
        #expect(!records.records.isEmpty)
        #expect(try insight.records().records == (try insight.currentRecords()))

        let since = start.addingTimeInterval(86_400)
        let bench = try insight.exerciseSets("bench press", since: since)
        let id = try #require(try ExerciseStore(database: seeded.database).resolve("bench-press").id)
        #expect(bench.unit == unit)
        #expect(bench.slug == "bench-press")
        #expect(bench.entries == (try insight.sets(exerciseID: id, since: since)))
        #expect(bench.entries.count == 4)
    }

    @Test func anUnknownExerciseOrMuscleIsStillAnError() throws {
        #expect(throws: ExerciseLookupError.self) { try insight.exerciseSets("no such lift at all") }
        #expect(throws: LogInputError.self) { try insight.records(muscle: "nonsense") }
    }
}

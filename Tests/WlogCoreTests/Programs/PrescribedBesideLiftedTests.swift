import Foundation
import Testing

@testable import WlogCore

/// What a program prescribed beside what was lifted, stored by `finish` (migration 0011): read back
/// per workout, unchanged by a deleted set, taken back by undo, gone with the program.
@Suite struct PrescribedBesideLiftedTests {
    static let program = "# Week 1\n## Day 1\nSquat / 3x5 100kg / progress: lp(2.5kg)\n"

    /// One expected set: prescribed reps and kilograms, lifted reps and kilograms (nil: not done).
    typealias Expected = (reps: Int, weight: Double, liftedReps: Int?, liftedKilograms: Double?)

    static func matches(_ sets: [PrescribedBesideLifted], _ expected: [Expected]) -> Bool {
        sets.count == expected.count
            && zip(sets, expected).enumerated().allSatisfy { index, pair in
                let (set, want) = pair
                return set.setNumber == index + 1 && set.prescribedReps == want.reps && !set.isAMRAP
                    && set.prescribedWeight == ProgramWeight(want.weight, .kg) && set.liftedReps == want.liftedReps
                    && set.liftedWeightKilograms == want.liftedKilograms
            }
    }

    @Test("two finished workouts, newest first; undo takes the last back; a deleted set changes nothing; remove clears")
    func storedAndRead() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let squat = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        let log = WorkoutLog(database: database)
        let monday = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try store.add(source: Self.program, name: "plan", now: monday - 60)
        func record(_ reps: String, _ weight: String, at time: Date) throws -> [HistoryEntry] {
            let plan = try RecordPlan.make(
                RecordRequest(reps: reps, weight: weight), settings: LogSettings(), now: time)
            return try log.record(plan, exercise: squat, now: time).entries
        }
        let first = try record("5,5,5", "100kg", at: monday)
        _ = try store.finish(now: monday + 3600)
        let wednesday = monday + 2 * 86_400
        _ = try record("5,4", "102.5kg", at: wednesday)
        _ = try store.finish(now: wednesday + 3600)

        let read = try store.prescribedBesideLifted("squat")
        #expect(read.map(\.program) == ["plan", "plan"])
        #expect(read.map(\.finishedAt) == [wednesday + 3600, monday + 3600])
        #expect(Self.matches(read[0].sets, [(5, 102.5, 5, 102.5), (5, 102.5, 4, 102.5), (5, 102.5, nil, nil)]))
        #expect(Self.matches(read[1].sets, [(5, 100, 5, 100), (5, 100, 5, 100), (5, 100, 5, 100)]))
        #expect(try store.prescribedBesideLifted("squat", workouts: 1).count == 1)
        let insight = InsightStore(database: database)
        #expect(try insight.exerciseSets("squat").programWorkouts == read)
        let report = try insight.report(
            since: nil, now: wednesday + 7200, timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(report.programs == read)

        let change = try #require(try log.latestChange())
        #expect(change.action == .finish)
        _ = try log.undo(change)
        #expect(try store.prescribedBesideLifted("squat") == [read[1]])

        _ = try log.deleteSet(id: try #require(first.last?.set.id), now: wednesday + 4000)
        #expect(try store.prescribedBesideLifted("squat") == [read[1]])

        _ = try store.remove("plan")
        #expect(try store.prescribedBesideLifted("squat").isEmpty)
    }
}

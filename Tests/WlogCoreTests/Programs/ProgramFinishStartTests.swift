import Foundation
import Testing

@testable import WlogCore

/// What `finish` starts from: the same 1RMs `next` showed, and a rest day it can leave.
@Suite struct ProgramFinishStartTests {
    let database: AppDatabase
    let folder: URL
    let store: ProgramStore
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        store = ProgramStore(database: database)
        _ = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    func record(sets: Int, reps: String, weight: String, at time: Date) throws {
        let exercise = try ExerciseStore(database: database).resolve("Squat")
        let request = RecordRequest(sets: sets, reps: reps, weight: weight)
        let plan = try RecordPlan.make(request, settings: LogSettings(), now: time)
        _ = try WorkoutLog(database: database).record(plan, exercise: exercise, now: time)
    }

    @Test("finish: a script's rm1 starts from the log's best estimate, as next showed it, not from zero")
    func scriptOneRepMaxStartsFromTheEstimate() throws {
        defer { cleanUp() }
        // 100 kg × 5 estimates 116.7 kg; 80 % of it loads as 92.5 kg.
        try record(sets: 1, reps: "5", weight: "100kg", at: start - 86_400)
        _ = try store.add(
            source: "Squat / 3x5 80% / progress: custom() {~ rm1 = rm1 + 5kg ~}", name: "tm", now: start)
        #expect(try store.next().exercises[0].sets[0].weight == 92.5)
        try record(sets: 3, reps: "5", weight: "92.5kg", at: start + 60)
        let report = try store.finish(now: start + 600)
        #expect(report.didFinish)
        // 80 % of 121.7 kg is 97.3 kg, loaded as 97.5 kg (from zero it would have been 5 kg × 80 %).
        #expect(try store.next().exercises[0].sets[0].weight == 97.5)
    }

    @Test("finish: a rest day (a day with no exercises) moves on with nothing logged")
    func restDayMovesOn() throws {
        defer { cleanUp() }
        let program = """
            # Week 1
            ## Rest
            ## Lift
            Squat / 3x5 100kg / progress: lp(2.5kg)
            """
        _ = try store.add(source: program, name: "rest-first", now: start)
        #expect(try store.next().exercises.isEmpty)
        let report = try store.finish(now: start + 60)
        #expect(report.didFinish && report.next == TrainingPosition(week: 1, day: 2))
        #expect(try store.next().exercises.map(\.name) == ["Squat"])
        #expect(try store.finish(now: start + 120).didFinish == false, "a training day still needs its sets")
    }
}

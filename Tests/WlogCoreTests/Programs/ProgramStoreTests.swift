import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Stored programs on a real temporary database: add, finish, re-add, position, 1RM, history.
@Suite struct ProgramStoreTests {
    static let program = """
        # Week 1
        ## Day A
        Squat / 3x5 100kg 180s / progress: lp(2.5kg, 1, 0, 10%, 2, 0)
        Bench Press / 3x5 60kg / progress: lp(2.5kg, 1, 0, 10%, 2, 0)
        ## Day B
        Deadlift / 1x5 120kg / progress: lp(5kg)
        """

    let database: AppDatabase
    let folder: URL
    let store: ProgramStore
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        store = ProgramStore(database: database)
        for name in ["Squat", "Bench Press", "Deadlift"] {
            _ = try ExerciseStore(database: database).addCustom(name: name, equipment: "barbell")
        }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    func record(_ name: String, reps: String, weight: String, at time: Date) throws {
        let exercise = try ExerciseStore(database: database).resolve(name)
        let plan = try RecordPlan.make(RecordRequest(reps: reps, weight: weight), settings: LogSettings(), now: time)
        _ = try WorkoutLog(database: database).record(plan, exercise: exercise, now: time)
    }

    func count(_ table: String) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test("add: names resolve, the first program is active at week 1, day 1")
    func addResolves() throws {
        defer { cleanUp() }
        let outcome = try store.add(source: Self.program, name: "ab", now: start)
        #expect(outcome.isActive && !outcome.replaced)
        #expect(outcome.resolved["Squat"] == "squat-barbell")
        let stored = try store.program()
        #expect(stored.name == "ab" && stored.position == .start)
        #expect(try store.list().map(\.exercises) == [3])
    }

    @Test("add: an unknown exercise is refused with the closest ones and nothing is written; --create-missing adds it")
    func addUnknown() throws {
        defer { cleanUp() }
        #expect(
            throws: ProgramStoreError.unresolvedExercises([
                UnresolvedExercise(name: "Squatt", closest: ["squat-barbell"])
            ])
        ) {
            try store.add(source: "Squatt / 3x5 100kg\n", name: "typo")
        }
        #expect(try count("program") == 0)
        let outcome = try store.add(source: "Squatt / 3x5 100kg\n", name: "typo", createMissing: true)
        #expect(outcome.createdExercises == ["squatt"])
    }

    @Test("add: a program with an error changes nothing")
    func addError() throws {
        defer { cleanUp() }
        _ = try store.add(source: Self.program, name: "ab", now: start)
        #expect(throws: ProgramDiagnosticList.self) { try store.add(source: "Squat / 3x5 / tempo: 1\n", name: "ab") }
        #expect(try store.program(named: "ab").source == Self.program)
    }

    @Test("finish: success adds the increase, a short set counts a failure, the day moves on; twice changes nothing")
    func finishProgresses() throws {
        defer { cleanUp() }
        _ = try store.add(source: Self.program, name: "ab", now: start)
        try record("squat-barbell", reps: "5,5,5", weight: "100kg", at: start.addingTimeInterval(60))
        try record("bench-press-barbell", reps: "5,5,4", weight: "60kg", at: start.addingTimeInterval(120))
        let report = try store.finish(now: start.addingTimeInterval(600))
        #expect(report.didFinish && report.next == TrainingPosition(week: 1, day: 2))
        #expect(
            report.results.map(\.text) == [
                "Squat: 100 → 102.5 kg", "Bench Press: failure 1 of 2 before the next decrease",
            ])
        let again = try store.finish(now: start.addingTimeInterval(700))
        #expect(!again.didFinish && again.finished == TrainingPosition(week: 1, day: 2))
        #expect(try store.program().position == TrainingPosition(week: 1, day: 2))
        #expect(try count("program_workout") == 1)
        let squat = try #require(try store.program().state.weeks[0].days[0].exercises.first)
        #expect(squat.currentVariation.groups[0].details.load == .weight(ProgramWeight(102.5, .kg)))
        #expect(try store.history().map(\.exercise) == ["Squat", "Bench Press"])
    }

    @Test("finish: a missing exercise is a failure; the second failure deloads by 10%; after the last day, the first")
    func finishDeloads() throws {
        defer { cleanUp() }
        _ = try store.add(source: Self.program, name: "ab", now: start)
        var time = start
        for _ in 0..<2 {
            time += 3600
            try record("squat-barbell", reps: "5,5,5", weight: "100kg", at: time)
            _ = try store.finish(now: time + 60)
            time += 3600
            try record("deadlift-barbell", reps: "5", weight: "120kg", at: time)
            #expect(try store.finish(now: time + 60).next == .start)
        }
        let bench = try #require(try store.program().state.weeks[0].days[0].exercises.last)
        #expect(bench.currentVariation.groups[0].details.load == .weight(ProgramWeight(55, .kg)))
    }

    @Test("add again: a changed file keeps the progress of the exercises it did not change, and says what changed")
    func reAddKeepsProgress() throws {
        defer { cleanUp() }
        _ = try store.add(source: Self.program, name: "ab", now: start)
        try record("squat-barbell", reps: "5,5,5", weight: "100kg", at: start + 60)
        _ = try store.finish(now: start + 120)
        let changed = Self.program.replacingOccurrences(of: "1x5 120kg", with: "1x5 130kg")
        let outcome = try store.add(source: changed, name: "AB", now: start + 200)
        let merge = try #require(outcome.merge)
        #expect(
            outcome.replaced && merge.kept == ["Bench Press", "Squat"] && merge.rewritten == ["Deadlift"]
                && merge.positionKept)
        let stored = try store.program(named: "ab")
        #expect(stored.position == TrainingPosition(week: 1, day: 2))
        #expect(
            stored.state.weeks[0].days[0].exercises[0].currentVariation.groups[0].details.load
                == .weight(ProgramWeight(102.5, .kg)))
        #expect(
            stored.state.weeks[0].days[1].exercises[0].currentVariation.groups[0].details.load
                == .weight(ProgramWeight(130, .kg)))
        #expect(try count("program") == 1)
    }

    @Test("position, 1RM, use and remove; removing keeps the logged sets")
    func positionAndRemove() throws {
        defer { cleanUp() }
        _ = try store.add(source: Self.program, name: "ab", now: start)
        _ = try store.add(source: "Squat / 3x5 80%\n", name: "percent", now: start)
        #expect(throws: ProgramStoreError.self) { try store.setPosition(TrainingPosition(week: 2, day: 1)) }
        #expect(try store.setPosition(TrainingPosition(week: 1, day: 2)) == TrainingPosition(week: 1, day: 2))
        try store.use("percent")
        #expect(try store.setOneRepMax("squat", ProgramWeight(140, .kg)) == "Squat")
        #expect(try store.next().exercises[0].sets[0].weight == 112.5)
        try record("squat-barbell", reps: "5", weight: "100kg", at: start + 60)
        try store.remove("percent")
        #expect(throws: ProgramStoreError.noActiveProgram) { try store.next() }
        #expect(try count("logged_set") == 1 && count("program_one_rep_max") == 0)
    }

    @Test("finish and add again: a script's state variables and set variation are stored and kept")
    func scriptStateKept() throws {
        defer { cleanUp() }
        let source = """
            Squat / 3x5 100kg / 3x3 100kg / progress: custom(fails: 0) {~
              if (completedReps >= reps) {
                weights += 5kg
              } else {
                state.fails += 1
                setVariationIndex = 2
              }
            ~}
            """
        _ = try store.add(source: source, name: "script", now: start)
        try record("squat-barbell", reps: "5,5,4", weight: "100kg", at: start + 60)
        _ = try store.finish(now: start + 120)
        let outcome = try store.add(source: source, name: "script", now: start + 200)
        #expect(outcome.merge?.isUnchanged == true)
        let stored = try store.program()
        guard case .custom(let custom) = stored.state.progressions.values.first else {
            Issue.record("the progression is no longer custom")
            return
        }
        #expect(custom.state == [StateVariable(name: "fails", value: .number(1))])
        #expect(try store.next().exercises[0].sets.map(\.reps) == [3, 3, 3])
    }
}

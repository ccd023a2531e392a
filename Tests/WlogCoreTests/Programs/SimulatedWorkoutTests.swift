import Foundation
import Testing

@testable import WlogCore

/// `program simulate` running what happens during a workout: update scripts before the first set and
/// after each one, bodyweight, and AMRAP sets done past their minimum.
@Suite struct SimulatedWorkoutTests {
    typealias T = ProgramTesting

    static let backOffs = """
        Deadlift / 2x5 140kg / update: custom() {~
          if (setIndex == 1 && completedReps[1] >= 5) {
            numberOfSets = 4
            sets(3, 4, 6, 6, 0, weights[1] - 25kg, 120, 0)
          }
        ~} / progress: custom() {~
          if (numberOfSets > programNumberOfSets) {
            weights += 5kg
          }
        ~}
        """

    @Test(
        "Liftoscript reference, Update: simulate runs the script after each set, and progress sees the workout's sets")
    func updateRunsInSimulate() throws {
        let simulation = try ProgramSimulator.run(try T.parse(Self.backOffs), sessions: 2)
        let first = simulation.sessions[0].exercises[0]
        #expect(first.sets.map(\.weight) == [T.kg(140), T.kg(140)])
        #expect(first.workoutSets?.map(\.weight) == [T.kg(140), T.kg(140), T.kg(115), T.kg(115)])
        #expect(first.workoutSets?.map(\.reps) == [5, 5, 6, 6])
        #expect(first.workoutSets?.map(\.rest) == [nil, nil, 120, 120])
        #expect(first.performed.map(\.reps) == [5, 5, 6, 6])
        #expect(simulation.sessions[0].changes.map(\.message) == ["weights[*:*:*:*] += 5kg"])
        #expect(
            simulation.sessions[1].exercises[0].workoutSets?.map(\.weight) == [
                T.kg(145), T.kg(145), T.kg(120), T.kg(120),
            ])
        let text = ProgramLayout.simulation(simulation)
        #expect(
            text.contains(
                "  Deadlift: 2x5 140kg\n    update script, during the workout: 2x5 140kg, 2x6 115kg rest 120s\n"))
    }

    @Test("Liftoscript reference, Update: setIndex is 0 before any set; a script that changes nothing shows nothing")
    func initialRun() throws {
        let program = try T.parse(
            """
            Curl / 3x12 15kg / update: custom() {~
              if (setIndex == 0) {
                reps = 10
              }
              print(setIndex)
            ~}
            Row / 3x8 50kg / update: custom() {~
              if (setIndex > 5) {
                reps = 1
              }
            ~}
            """)
        let session = try ProgramSimulator.run(program, sessions: 1).sessions[0]
        #expect(session.exercises[0].workoutSets?.map(\.reps) == [10, 10, 10])
        #expect(session.exercises[0].workoutNotes == ["print: 0", "print: 1", "print: 2", "print: 3"])
        #expect(session.exercises[1].workoutSets == nil)
        #expect(session.exercises[1].workoutNotes.isEmpty)
    }

    @Test("Liftoscript reference, Update: a script that fails stops there and says why; the sets stay as they were")
    func failingUpdate() throws {
        let program = try T.parse(
            "Curl / 3x12 15kg / update: custom() {~\n  if (setIndex == 2) {\n    sets(2, 9, 5, 5, 0, 10kg, 0, 0)\n  }\n~}"
        )
        let exercise = try ProgramSimulator.run(program, sessions: 1).sessions[0].exercises[0]
        #expect(exercise.workoutSets == nil)
        #expect(exercise.workoutNotes.count == 1)
        #expect(exercise.workoutNotes.first?.hasPrefix("update script stopped after set 2:") == true)
        #expect(exercise.performed.map(\.reps) == [12, 12, 12])
    }

    @Test(
        "Liftoscript reference, Assisted Pull Ups: the workout shows bodyweight minus the assistance; lp(-step) lowers it"
    )
    func assisted() throws {
        let program = try T.parse(
            """
            Chin Up, Leverage Machine / 3x8 30kg / update: custom() {~
              if (setIndex == 0) {
                weights = bodyweight - originalWeights[ns]
              }
            ~} / progress: lp(-2.5kg)
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 2, bodyweight: T.kg(75))
        #expect(simulation.sessions.map { $0.exercises[0].sets[0].weight } == [T.kg(30), T.kg(27.5)])
        #expect(simulation.sessions.map { $0.exercises[0].workoutSets?[0].weight } == [T.kg(45), T.kg(47.5)])
    }

    @Test("Liftoscript reference, Weighted Pull Ups: the workout shows bodyweight plus the added weight")
    func weighted() throws {
        let program = try T.parse(
            """
            Dip, Bodyweight / 3x6 10kg / update: custom() {~
              if (setIndex == 0) {
                weights = bodyweight + originalWeights[ns]
              }
            ~} / progress: lp(2.5kg)
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 2, bodyweight: T.kg(80))
        #expect(simulation.sessions.map { $0.exercises[0].workoutSets?[0].weight } == [T.kg(90), T.kg(92.5)])
    }

    @Test("Liftoscript reference, Bodyweight-only: weights = bodyweight, 0 when no bodyweight is given")
    func bodyweightOnly() throws {
        let program = try T.parse(
            "Push Up / 3x15 0kg / update: custom() {~\n  if (setIndex == 0) {\n    weights = bodyweight\n  }\n~}")
        let given = try ProgramSimulator.run(program, sessions: 1, bodyweight: T.kg(70)).sessions[0].exercises[0]
        #expect(given.workoutSets?.map(\.weight) == Array(repeating: T.kg(70), count: 3))
        #expect(given.performed.map(\.weight) == Array(repeating: T.kg(70), count: 3))
        let unknown = try ProgramSimulator.run(program, sessions: 1).sessions[0].exercises[0]
        #expect(unknown.workoutSets == nil)
    }

    static let topSet = """
        Overhead Press / 2x5, 1x5+ / 40kg / progress: custom(margin: 0) {~
          var.extra = completedReps[ns] - reps[ns]
          state.margin = var.extra
          if (var.extra >= 3) {
            weights += 2.5kg
          }
        ~}
        Row / 3x8+ / 50kg / progress: sum(27, 2.5kg)
        """

    @Test(
        "Simulate: AMRAP sets get --amrap-extra reps past their minimum, and progressions read them",
        arguments: [
            (0, [40.0, 40, 40], [50.0, 50, 50]),
            (1, [40.0, 40, 40], [50.0, 52.5, 55]),
            (3, [40.0, 42.5, 45], [50.0, 52.5, 55]),
        ])
    func amrapExtra(extra: Int, press: [Double], row: [Double]) throws {
        let simulation = try ProgramSimulator.run(try T.parse(Self.topSet), sessions: 3, amrapExtraReps: extra)
        #expect(simulation.sessions.map { $0.exercises[0].sets[0].weight?.value } == press)
        #expect(simulation.sessions.map { $0.exercises[1].sets[0].weight?.value } == row)
        #expect(simulation.sessions[0].exercises[0].performed.map(\.reps) == [5, 5, 5 + extra])
        #expect(simulation.sessions[0].exercises[1].performed.map(\.reps) == Array(repeating: 8 + extra, count: 3))
        guard case .custom(let custom) = simulation.program.progressions[T.exercises(simulation.program)[0].key] else {
            Issue.record("the press lost its custom progression")
            return
        }
        #expect(custom.state == [StateVariable(name: "margin", value: .number(Double(extra)))])
    }

    @Test("Simulate: --amrap-extra out of range is refused; a failure still takes a rep off the last set")
    func amrapExtraLimits() throws {
        let program = try T.parse(Self.topSet)
        #expect(throws: ProgramUseError(description: "--amrap-extra must be from 0 to 100, not 101")) {
            try ProgramSimulator.run(program, sessions: 1, amrapExtraReps: 101)
        }
        let failed = try ProgramSimulator.run(
            program, sessions: 1, failures: [SimulatedFailure(exercise: "overhead press", session: 1)],
            amrapExtraReps: 2)
        #expect(failed.sessions[0].exercises[0].performed.map(\.reps) == [5, 5, 6])
    }
}

import Foundation
import Testing

@testable import WlogCore

/// `progress: custom(…) {~ … ~}` run through the script evaluator: what scripts change in the program.
@Suite struct CustomProgressionTests {
    typealias T = ProgramTesting

    static func weights(_ simulation: Simulation, exercise: Int = 0) -> [Double?] {
        simulation.sessions.map { $0.exercises[exercise].sets.first?.weight?.value }
    }

    @Test("Liftoscript reference, Set Variations: a script with state cycles the set variations")
    func cyclingSetVariations() throws {
        let program = try T.parse(
            """
            Squat / 5x3 100kg / 6x2 100kg / 10x1 100kg / progress: custom(stage: 1) {~
              if (completedReps >= reps) {
                weights += 5kg
              } else {
                if (setVariationIndex < 3) {
                  setVariationIndex += 1
                } else {
                  setVariationIndex = 1
                }
                state.stage = setVariationIndex
              }
            ~}
            """)
        let failures = [2, 3, 4].map { SimulatedFailure(exercise: "squat", session: $0) }
        let simulation = try ProgramSimulator.run(program, sessions: 5, failures: failures)
        #expect(simulation.sessions.map { $0.exercises[0].sets.count } == [5, 5, 6, 10, 5])
        #expect(Self.weights(simulation) == [100, 105, 105, 105, 105])
        guard case .custom(let custom) = simulation.program.progressions[T.exercises(program)[0].key] else {
            Issue.record("the progression is no longer custom")
            return
        }
        #expect(custom.state == [StateVariable(name: "stage", value: .number(1))])
        #expect(T.exercises(simulation.program)[0].variationIndex == 1)
    }

    @Test("Liftoscript reference, State Variables: kept between sessions")
    func stateVariables() throws {
        let program = try T.parse(
            """
            Press / 3x5 50kg / progress: custom(wins: 0, step: 2.5kg) {~
              if (completedReps >= reps) {
                state.wins += 1
                if (state.wins >= 2) {
                  weights += state.step
                  state.wins = 0
                }
              }
            ~}
            Bench Press / 3x5 60kg / progress: custom(step: 5kg) { ...Press }
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 3)
        #expect(Self.weights(simulation, exercise: 0) == [50, 50, 52.5])
        #expect(Self.weights(simulation, exercise: 1) == [60, 60, 65])
        guard case .custom(let bench) = program.progressions[T.exercises(program)[1].key] else {
            Issue.record("Bench Press has no custom progression")
            return
        }
        #expect(
            bench.state == [
                StateVariable(name: "wins", value: .number(0)), StateVariable(name: "step", value: .weight(T.kg(5))),
            ])
    }

    @Test("Liftoscript reference, Tags: a script changes another exercise's state through its tag")
    func tagsChangeState() throws {
        let program = try T.parse(
            """
            Squat / 3x5 100kg / id: tags(1) / progress: custom(bump: 0) {~
              if (state.bump > 0) {
                weights += 5kg
                state.bump = 0
              }
            ~}
            Lunge / 3x8 20kg / progress: custom() {~
              state[1].bump = 1
            ~}
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 3)
        #expect(Self.weights(simulation) == [100, 100, 105])
    }

    @Test("Liftoscript reference, Predefined write variables: rm1 changes the weights of percentage sets")
    func oneRepMaxWrites() throws {
        let program = try T.parse("Squat / 1x1 80% / progress: custom() {~\n  rm1 = rm1 + 5kg\n~}\n")
        let simulation = try ProgramSimulator.run(program, sessions: 3, oneRepMaxes: OneRepMaxes(["squat": T.kg(100)]))
        // 80% of 100, 105 and 110 kg: 80, 84 and 88, rounded to 2.5 kg.
        #expect(Self.weights(simulation) == [80, 85, 87.5])
        #expect(simulation.oneRepMaxes["squat"] == T.kg(115))
    }

    @Test("Liftoscript reference, Number of sets: a set-based double progression")
    func numberOfSets() throws {
        let program = try T.parse(
            """
            Squat / 3x8 60kg / progress: custom() {~
              if (completedReps >= reps) {
                if (numberOfSets < 5) {
                  numberOfSets += 1
                } else {
                  weights += 5kg
                  numberOfSets = 3
                }
              }
            ~}
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 4)
        #expect(simulation.sessions.map { $0.exercises[0].sets.count } == [3, 4, 5, 3])
        #expect(Self.weights(simulation) == [60, 60, 60, 65])
    }

    @Test("Liftoscript reference, Temporary Variables, Loops and Prints")
    func temporariesLoopsPrints() throws {
        let program = try T.parse(
            """
            Curl / 3x10 10kg / progress: custom() {~
              var.total = 0
              for (var.i in completedReps) {
                var.total += completedReps[var.i]
              }
              print(var.total)
              if (var.total >= 30) {
                weights += 2.5kg
              }
            ~}
            """)
        let simulation = try ProgramSimulator.run(
            program, sessions: 2, failures: [SimulatedFailure(exercise: "curl", session: 2)])
        #expect(simulation.sessions.map { $0.prints.map(\.message) } == [["print: 30"], ["print: 29"]])
        #expect(Self.weights(simulation) == [10, 12.5])
        #expect(T.exercises(simulation.program)[0].variations[0].groups[0].details.load == .weight(T.kg(12.5)))
    }

    @Test("Liftoscript reference, Advanced Descriptions: descriptionIndex picks the description")
    func descriptionIndex() throws {
        let program = try T.parse(
            """
            // Learn the groove with an empty bar.

            // Now load it.
            Squat / 3x5 60kg / progress: custom() {~
              if (descriptionIndex == 1) {
                descriptionIndex = 2
              }
            ~}
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 1)
        #expect(T.exercises(program)[0].currentDescription == "Learn the groove with an empty bar.")
        #expect(T.exercises(simulation.program)[0].currentDescription == "Now load it.")
    }

    @Test("Liftoscript reference, Advanced: targeted writes, weights[week:day:variation:set]")
    func targetedWrites() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            Squat / 3x5 100kg / progress: custom() {~
              weights[2:1:*:3] = 90kg
              reps[2] += 1
            ~}
            # Week 2
            ## Day 1
            Squat / 3x5 100kg
            """)
        let after = try ProgramSimulator.run(program, sessions: 1).program
        #expect(try T.sets(after, week: 1).map(\.weight?.value) == [100, 100, 100])
        #expect(try T.sets(after, week: 2).map(\.weight?.value) == [100, 100, 90])
        #expect(try T.sets(after, week: 1).map(\.reps) == [5, 6, 5])
        #expect(try T.sets(after, week: 2).map(\.reps) == [5, 6, 5])
    }

    @Test("Liftoscript reference, Advanced: a number too big for a set, written to another week, is no crash")
    func hugeTargetedWrite() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            Squat / 3x5 100kg / progress: custom() {~
              reps[2:1:*:*] = 100000000000000000000
            ~}
            # Week 2
            ## Day 1
            Squat / 3x5 100kg
            """)
        let after = try ProgramSimulator.run(program, sessions: 1).program
        #expect(try T.sets(after, week: 2).map(\.reps) == [5, 5, 5])
    }

    @Test("Liftoscript reference, Update: update: custom() parsed, checked and reused")
    func updateScripts() throws {
        let program = try T.parse(
            """
            Chin Up / 3x8 0kg / update: custom() {~
              if (setIndex == 0) {
                weights = bodyweight
              }
            ~}
            Dip / 3x8 0kg / update: custom() { ...Chin Up }
            """)
        let exercises = T.exercises(program)
        #expect(program.updates[exercises[0].key]?.script.text.contains("bodyweight") == true)
        #expect(program.updates[exercises[1].key] == program.updates[exercises[0].key])
        let wrong = T.diagnostics("Dip / 3x8 / update: custom() {~\n  state.x = 1\n~}\n")
        #expect(wrong.first?.line == 2)
    }

    @Test("Liftoscript reference, Advanced: script errors are reported at their line and column in the file")
    func scriptErrorsInFile() {
        let errors = T.diagnostics(
            "Squat / 3x5\nPress / 3x5 / progress: custom() {~\n  if (completedReps >= reps {\n  }\n~}\n")
        #expect(errors.first?.line == 3)
        let unclosed = T.diagnostics("Squat / 3x5 / progress: custom() {~\n  weights += 5kg\n")
        #expect(unclosed.first?.message.contains("not closed") == true)
        #expect(unclosed.first?.line == 1 && unclosed.first?.column == 34)
    }
}

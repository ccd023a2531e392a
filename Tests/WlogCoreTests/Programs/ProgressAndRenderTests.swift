import Foundation
import Testing

@testable import WlogCore

/// Progress through its public API, and Render writing the program back with its current state.
@Suite struct ProgressAndRenderTests {
    typealias T = ProgramTesting

    @Test("Progress: a set not ticked off is a failure; the same input always gives the same program")
    func progressIsPureAndDeterministic() throws {
        let program = try T.parse("Squat / 2x5 100kg / progress: lp(2.5kg, 1, 0, 5kg, 1, 0)\n")
        let day = try ProgramExpander.expand(program, week: 1, day: 1)
        let done = [
            PerformedSet(reps: 5, weight: T.kg(100)), PerformedSet(reps: 5, weight: T.kg(100), completed: false),
        ]
        let first = try ProgramProgress.apply(program, day: day, performed: [done], oneRepMaxes: OneRepMaxes())
        let second = try ProgramProgress.apply(program, day: day, performed: [done], oneRepMaxes: OneRepMaxes())
        #expect(first.program == second.program)
        #expect(try T.sets(first.program).map(\.weight) == [T.kg(95), T.kg(95)])
        let skipped = try ProgramProgress.apply(program, day: day, performed: [nil], oneRepMaxes: OneRepMaxes())
        #expect(skipped.program == program)
        #expect(throws: ProgramUseError.self) {
            try ProgramProgress.apply(program, day: day, performed: [], oneRepMaxes: OneRepMaxes())
        }
    }

    @Test("Render: current weights, counters and state written in")
    func renderCurrentState() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            // Slow on the way down.
            Squat / 3x5 100kg / progress: lp(2.5kg, 2, 0)
            Press / 3x5 40kg / progress: custom(wins: 0) {~
              state.wins += 1
            ~}
            """)
        let after = try ProgramSimulator.run(program, sessions: 3).program
        #expect(
            ProgramRenderer.liftoscript(after) == """
                # Week 1

                ## Day 1
                // Slow on the way down.
                Squat / 3x5 102.5kg / progress: lp(2.5kg, 2, 1)
                Press / 3x5 40kg / progress: custom(wins: 3) {~
                  state.wins += 1
                ~}

                """)
    }

    @Test("Liftoscript reference, State Variables: user-prompted variables (name+)")
    func userPromptedState() throws {
        let program = try T.parse(
            "Squat / 3x5 100kg / progress: custom(bump+: 0) {~\n  if (state.bump > 0) {\n    weights += 5kg\n  }\n~}\n")
        guard case .custom(let custom) = program.progressions[T.exercises(program)[0].key] else {
            Issue.record("no custom progression")
            return
        }
        #expect(custom.state == [StateVariable(name: "bump", value: .number(0), asksLifter: true)])
        #expect(ProgramRenderer.liftoscript(program).contains("custom(bump+: 0)"))
    }

    @Test("Liftoscript reference, Bodyweight and Assisted Exercises: lp with a negative step lowers the assistance")
    func assistedExercise() throws {
        let program = try T.parse(
            """
            Pull Up, Leverage Machine / 3x8 50lb \\
              / update: custom() {~
                if (setIndex == 0) {
                  weights = bodyweight - originalWeights[ns]
                }
              ~} / progress: lp(-5lb)
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 3)
        #expect(simulation.sessions.map { $0.exercises[0].sets[0].weight } == [T.lb(50), T.lb(45), T.lb(40)])
        #expect(simulation.sessions[0].changes.first?.message == "weights -5lb (50lb → 45lb)")
        #expect(program.updates[T.exercises(program)[0].key] != nil)
    }
}

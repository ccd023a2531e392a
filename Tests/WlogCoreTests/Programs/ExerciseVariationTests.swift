import Foundation
import Testing

@testable import WlogCore

/// Exercise variations, as the Liftoscript docs' "Progressions" page defines them: one line names several
/// movements separated by `|`, `!` marks the current one, and `exerciseVariationIndex` moves along them.
@Suite struct ExerciseVariationTests {
    typealias T = ProgramTesting

    static let ladder = """
        Goblet Squat, Dumbbell | Split Squat | Pistol Squat, Bodyweight / 3x10 / 20kg / progress: custom() {~
          if (completedReps >= reps) {
            exerciseVariationIndex += 1
          }
        ~}
        """

    @Test("Liftoscript reference, Exercise variations: names separated by |, the first current unless ! says otherwise")
    func parsesVariations() throws {
        let first = T.exercises(try T.parse(Self.ladder))[0]
        #expect(
            first.exerciseVariations.map(\.text) == [
                "Goblet Squat, Dumbbell", "Split Squat", "Pistol Squat, Bodyweight",
            ])
        #expect(first.exerciseVariationIndex == 1)
        #expect(first.displayName == "Goblet Squat, Dumbbell")
        let repeated = try T.parse("# Week 1\n## Day 1\nRow | ! Seal Row[1-2] / 3x8\n# Week 2\n## Day 1")
        #expect(T.exercises(repeated, week: 2).map(\.displayName) == ["Seal Row"])
        let written = T.exercises(try T.parse("main: Row | ! Seal Row, Barbell / 3x8"))[0]
        #expect(written.exerciseVariationIndex == 2)
        #expect(written.displayName == "main: Seal Row, Barbell")
        #expect(written.key == ExerciseKey(label: "main", name: "Row", equipment: nil))
    }

    @Test("Liftoscript reference, Exercise variations: expand names today's movement and resolves its own 1RM")
    func expandsCurrentMovement() throws {
        let program = try T.parse("Row | ! Seal Row / 3x8 50%")
        let maxes = OneRepMaxes(["row": T.kg(100), "seal row": T.kg(80)])
        let day = try ProgramExpander.expand(program, week: 1, day: 1, oneRepMaxes: maxes)
        #expect(day.exercises[0].exercise.displayName == "Seal Row")
        #expect(day.exercises[0].sets.map(\.weight) == Array(repeating: T.kg(40), count: 3))
        #expect(ProgramLayout.day(day).contains("\nSeal Row\n"))
    }

    @Test("Liftoscript reference, Exercise variations: exerciseVariationIndex += 1 moves to the next movement")
    func progressesAlongTheLadder() throws {
        let program = try T.parse(Self.ladder)
        let simulation = try ProgramSimulator.run(
            program, sessions: 4, failures: [SimulatedFailure(exercise: "split squat", session: 2)])
        #expect(
            simulation.sessions.map { $0.exercises[0].exercise } == [
                "Goblet Squat, Dumbbell", "Split Squat", "Split Squat", "Pistol Squat, Bodyweight",
            ])
        #expect(simulation.sessions[0].changes.map(\.message) == ["exercise variation → 2"])
        #expect(simulation.sessions[1].changes.isEmpty)
        let last = T.exercises(simulation.program)[0]
        #expect(last.exerciseVariationIndex == 3)
        let rendered = ProgramRenderer.liftoscript(simulation.program)
        #expect(
            rendered.contains(
                "Goblet Squat, Dumbbell | Split Squat | ! Pistol Squat, Bodyweight / 3x10 20kg / progress: custom()"))
        #expect(try T.parse(rendered) == simulation.program)
    }

    @Test("Liftoscript reference, Exercise variations: the index stays within the movements the line has")
    func indexIsClamped() throws {
        let program = try T.parse(
            "Row | Seal Row / 3x8 40kg / progress: custom() {~\n  exerciseVariationIndex = 7\n~}\nCurl / 3x10 10kg / progress: custom() {~\n  exerciseVariationIndex += 1\n~}"
        )
        let simulation = try ProgramSimulator.run(program, sessions: 2)
        #expect(T.exercises(simulation.program).map(\.exerciseVariationIndex) == [2, 1])
        #expect(simulation.sessions[1].exercises.map(\.exercise) == ["Seal Row", "Curl"])
        #expect(simulation.sessions.map { $0.changes.map(\.message) } == [["exercise variation → 2"], []])
        #expect(
            ScriptHarness.diagnostics("exerciseVariationIndex = 2", kind: .update).first?.message.contains(
                "exerciseVariationIndex") == true)
    }

    @Test("Liftoscript reference, Exercise variations: empty names and two ! marks are diagnostics")
    func badVariations() {
        #expect(T.diagnostics("Row | / 3x8").first?.message == "`` is not an exercise name")
        #expect(
            T.diagnostics("! Row | ! Seal Row / 3x8").first?.message
                == "more than one exercise variation is marked current with !")
    }
}

import Foundation
import Testing

@testable import WlogCore

/// The reference's overview sections, each proven on a program of its own: what a program is, the sugar
/// that shortens it, the script language as a whole, and the variables a script may write.
@Suite struct ReferenceOverviewTests {
    typealias T = ProgramTesting

    @Test("Liftoscript reference, Summary: a program says what to lift on each day and how it moves on")
    func summary() throws {
        let program = try T.parse(
            """
            # Base
            ## Lower
            Squat / 3x5 / 100kg / progress: lp(5kg)
            ## Upper
            Bench Press / 3x8 / 60kg / progress: dp(2.5kg, 8, 10)
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 4)
        #expect(
            simulation.sessions.map {
                "\($0.dayTitle) \($0.exercises[0].sets[0].weight?.text ?? "-") x\($0.exercises[0].sets[0].reps)"
            }
                == ["Lower 100kg x5", "Upper 60kg x8", "Lower 105kg x5", "Upper 60kg x9"])
    }

    /// A day's exercises as name and sets, in name order.
    static func days(_ program: Program) throws -> [[String]] {
        try program.days.map { week, day, _ in
            try ProgramExpander.expand(program, week: week, day: day).exercises
                .map {
                    "\($0.exercise.displayName) \(ProgramLayout.grouped($0.sets).map { ProgramLayout.setLine($0.1, count: $0.0) })"
                }
                .sorted()
        }
    }

    @Test(
        "Liftoscript reference, Ways to make written programs less repetitive: the sugar gives the program written out")
    func sugarIsShorthand() throws {
        let short = try T.parse(
            """
            # Week 1
            ## Day 1
            wave / used: none / 3x6 / 70%
            Squat[1-2] / ...wave / progress: lp(2.5kg)
            Front Squat / ...Squat
            # Week 2
            ## Day 1
            wave / 3x5 / 75%
            Front Squat / ...Squat
            """)
        let long = try T.parse(
            """
            # Week 1
            ## Day 1
            Squat / 3x6 70% / progress: lp(2.5kg)
            Front Squat / 3x6 70% / progress: lp(2.5kg)
            # Week 2
            ## Day 1
            Squat / 3x5 75%
            Front Squat / 3x5 75%
            """)
        #expect(try Self.days(short) == Self.days(long))
        #expect(short.progressions == long.progressions)
    }

    @Test(
        "Liftoscript reference, Script Language Reference: types, values, operators, if/else, assignment and state in one script"
    )
    func scriptLanguageReference() throws {
        let program = try T.parse(
            """
            Row / 3x10 / 50kg / progress: custom(streak: 0, step: 5kg, share: 10%) {~
              var.total = sum(completedReps)
              var.ok = completedReps >= reps && !(var.total < 30)
              if (var.ok) {
                state.streak += 1
              } else if (var.total > 20) {
                state.streak = 0
              } else {
                state.streak -= 1
              }
              state.step = state.streak % 2 == 0 ? 5kg : 2.5kg
              weights += state.step * 2 - 2.5kg
              print(var.total, state.share)
            ~}
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 3)
        #expect(simulation.sessions.map { $0.exercises[0].sets[0].weight?.value } == [50, 52.5, 60])
        #expect(simulation.sessions[0].prints.map(\.message) == ["print: 30, 10%"])
        guard case .custom(let custom) = simulation.program.progressions[T.exercises(program)[0].key] else {
            Issue.record("the progression is no longer custom")
            return
        }
        #expect(custom.state.map(\.value.text) == ["3", "2.5kg", "10%"])
    }

    @Test(
        "Liftoscript reference, Predefined write variables: each per-set variable a progress script writes lands in the program"
    )
    func everyWriteVariable() throws {
        let program = try T.parse(
            """
            Squat / 3x5 100kg / progress: custom() {~
              weights = 102.5kg
              reps = 6
              minReps = 4
              RPE = 8
              timers = 150
              amraps[3] = 1
              logrpes[3] = 1
              askweights[1] = 1
            ~}
            """)
        let after = try T.sets(try ProgramSimulator.run(program, sessions: 1).program)
        #expect(after.map(\.weight) == Array(repeating: T.kg(102.5), count: 3))
        #expect(after.map(\.reps) == [6, 6, 6])
        #expect(after.map(\.minReps) == [4, 4, 4])
        #expect(after.map(\.rpe) == [8, 8, 8])
        #expect(after.map(\.rest) == [150, 150, 150])
        #expect(after.map(\.isAMRAP) == [false, false, true])
        #expect(after.map(\.logsRPE) == [false, false, true])
        #expect(after.map(\.asksWeight) == [true, false, false])
        #expect(
            LiftoscriptVariable.writableNames(in: .progress)
                == "weights, reps, minReps, RPE, timers, amraps, logrpes, askweights, setTime, rm1, numberOfSets, setVariationIndex, descriptionIndex, exerciseVariationIndex"
        )
        #expect(
            LiftoscriptVariable.writableNames(in: .update)
                == "weights, reps, minReps, RPE, timers, amraps, logrpes, askweights, setTime, rm1, numberOfSets")
    }
}

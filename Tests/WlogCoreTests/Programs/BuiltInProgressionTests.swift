import Foundation
import Testing

@testable import WlogCore

/// `lp`, `dp` and `sum`, checked against sequences worked out by hand, and where progressions apply.
@Suite struct BuiltInProgressionTests {
    typealias T = ProgramTesting

    /// The first set's weight and reps of the first exercise in each simulated session.
    static func firstSets(_ simulation: Simulation) -> [(ProgramWeight?, Int)] {
        simulation.sessions.map { ($0.exercises[0].sets[0].weight, $0.exercises[0].sets[0].reps) }
    }

    @Test("Liftoscript reference, Linear progression: success and failure counters and a deload")
    func linearWithDeload() throws {
        let program = try T.parse("Squat / 3x5 100kg / progress: lp(2.5kg, 2, 0, 5kg, 2, 0)\n")
        let failures = [3, 4, 7].map { SimulatedFailure(exercise: "squat", session: $0) }
        let simulation = try ProgramSimulator.run(program, sessions: 8, failures: failures)
        // Two successes add 2.5 kg; two failures take 5 kg off; each change restarts both counters.
        #expect(Self.firstSets(simulation).map { $0.0?.value } == [100, 100, 102.5, 102.5, 97.5, 97.5, 100, 100])
        let key = T.exercises(program)[0].key
        #expect(
            simulation.program.progressions[key]
                == .linear(
                    LinearProgression(
                        increase: .weight(T.kg(2.5)), increaseAttempts: 2, successes: 1, decrease: .weight(T.kg(5)),
                        decreaseAttempts: 2, failures: 1)))
    }

    @Test("Liftoscript reference, Linear progression: counters already under way (third and sixth arguments)")
    func linearCountersUnderWay() throws {
        let program = try T.parse("Press / 3x5 40kg / progress: lp(2.5kg, 3, 2, 2.5kg, 2, 1)\n")
        let up = try ProgramSimulator.run(program, sessions: 2)
        #expect(Self.firstSets(up).map { $0.0?.value } == [40, 42.5])
        let down = try ProgramSimulator.run(
            program, sessions: 2, failures: [SimulatedFailure(exercise: "press", session: 1)])
        #expect(Self.firstSets(down).map { $0.0?.value } == [40, 37.5])
    }

    @Test("Liftoscript reference, Linear progression: a percentage increase, rounded to the loadable step")
    func linearPercent() throws {
        let program = try T.parse("Row / 3x8 100kg / progress: lp(10%)\n")
        let simulation = try ProgramSimulator.run(program, sessions: 3)
        // 100 → 110 → 121, rounded to 120 (2.5 kg steps).
        #expect(Self.firstSets(simulation).map { $0.0?.value } == [100, 110, 120])
    }

    @Test("Liftoscript reference, Linear progression: percentages of a training max")
    func linearOnTrainingMaxPercentages() throws {
        let program = try T.parse("Squat / 3x5 80% / progress: lp(5kg)\n")
        let maxes = OneRepMaxes(["squat": T.kg(150)])
        let simulation = try ProgramSimulator.run(program, sessions: 3, oneRepMaxes: maxes)
        // 80% of a 150 kg training max is 120 kg; each success adds 5 kg to that.
        #expect(Self.firstSets(simulation).map { $0.0?.value } == [120, 125, 130])
    }

    @Test("Liftoscript reference, Double Progression: through the range and back")
    func doubleProgression() throws {
        let program = try T.parse("Curl / 3x8 20kg / progress: dp(2.5kg, 8, 10)\n")
        let simulation = try ProgramSimulator.run(
            program, sessions: 6, failures: [SimulatedFailure(exercise: "curl", session: 4)])
        let sets = Self.firstSets(simulation)
        #expect(sets.map(\.1) == [8, 9, 10, 8, 8, 9])
        #expect(sets.map { $0.0?.value } == [20, 20, 20, 22.5, 22.5, 22.5])
        #expect(simulation.sessions[1].exercises[0].sets.map(\.reps) == [9, 9, 9])
    }

    @Test("Liftoscript reference, Sum Of Reps Progression: more weight once the reps add up")
    func repsSum() throws {
        let program = try T.parse("Dip / 3x10+ 20kg / progress: sum(30, 2.5kg)\n")
        let simulation = try ProgramSimulator.run(
            program, sessions: 4, failures: [SimulatedFailure(exercise: "dip", session: 2)])
        #expect(Self.firstSets(simulation).map { $0.0?.value } == [20, 22.5, 22.5, 25])
        #expect(simulation.sessions[1].changes.first?.message.contains("29 reps") == true)
    }

    @Test("Liftoscript reference, Progressive overload: stated once, applied everywhere; progress: none for a day")
    func progressionEverywhereAndNone() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            Bench Press / 3x8 60kg / progress: lp(2.5kg)
            # Week 2
            ## Day 1
            Bench Press / 3x8 60kg
            # Week 3
            ## Day 1
            Bench Press / 3x8 60kg / progress: none
            """)
        #expect(T.exercises(program, week: 3)[0].progressDisabled)
        let simulation = try ProgramSimulator.run(program, sessions: 4)
        #expect(Self.firstSets(simulation).map { $0.0?.value } == [60, 62.5, 65, 65])
        #expect(simulation.sessions[2].changes.isEmpty)
    }

    @Test("Liftoscript reference, Progressive overload: conflicting progressions are an error")
    func conflictingProgressions() {
        let errors = T.diagnostics(
            "## Day 1\nSquat / 3x5 / progress: lp(2.5kg)\n## Day 2\nSquat / 3x8 / progress: dp(2.5kg, 8, 12)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.column == 15)
        #expect(errors.first?.message.contains("conflicting progressions") == true)
        #expect(errors.first?.hint?.contains("label") == true)
    }

    @Test("Liftoscript reference, Linear progression: argument count and forms are checked")
    func progressionArguments() {
        #expect(T.diagnostics("Squat / 3x5 / progress: lp()\n").first?.message == "lp takes 1 to 6 arguments, not 0")
        #expect(T.diagnostics("Squat / 3x5 / progress: dp(5lb, 8)\n").first?.message == "dp takes 3 arguments, not 2")
        #expect(T.diagnostics("Squat / 3x5 / progress: sum(30)\n").first?.message == "sum takes 2 arguments, not 1")
        #expect(T.diagnostics("Squat / 3x5 / progress: lp(5)\n").first?.message.contains("not a weight step") == true)
        let unknown = T.diagnostics("Squat / 3x5 / progress: wave(5lb)\n")
        #expect(unknown.first?.message == "unknown progression `wave`")
        #expect(unknown.first?.column == 25)
    }
}

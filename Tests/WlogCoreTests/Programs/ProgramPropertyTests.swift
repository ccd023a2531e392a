import Foundation
import Testing

@testable import WlogCore

/// Properties over many generated programs: render round trips, and simulations load only loadable weights.
@Suite struct ProgramPropertyTests {
    typealias T = ProgramTesting

    @Test("Property: parse → render → parse is the identity", arguments: 0..<60)
    func roundTrip(seed: Int) throws {
        var generator = ProgramGenerator(seed: UInt64(seed))
        let text = generator.program()
        let program = try T.parse(text)
        let rendered = ProgramRenderer.liftoscript(program)
        let again = try T.parse(rendered)
        #expect(again == program, "rendered:\n\(rendered)\nfrom:\n\(text)")
    }

    @Test("Property: a simulated program still renders to itself, current weights written in", arguments: 0..<20)
    func roundTripAfterSimulation(seed: Int) throws {
        var generator = ProgramGenerator(seed: UInt64(seed) + 1000)
        let program = try T.parse(generator.program())
        let simulation = try ProgramSimulator.run(
            program, sessions: 6, oneRepMaxes: Self.maxes, failures: [SimulatedFailure(exercise: "squat", session: 2)])
        let rendered = ProgramRenderer.liftoscript(simulation.program)
        #expect(try T.parse(rendered) == simulation.program, "rendered:\n\(rendered)")
    }

    static let maxes = OneRepMaxes(
        Dictionary(
            uniqueKeysWithValues: ProgramGenerator.movements.enumerated().map {
                ($1, ProgramWeight(Double(60 + 17 * $0), $0 % 2 == 0 ? .kg : .lb))
            }))

    @Test("Property: simulate never yields a negative, non-finite or unloadable weight", arguments: 0..<40)
    func simulatedWeightsAreLoadable(seed: Int) throws {
        var generator = ProgramGenerator(seed: UInt64(seed) + 5000)
        let program = try T.parse(generator.program())
        let failures = (1...12).compactMap { session in
            generator.next(3) == 0
                ? SimulatedFailure(exercise: generator.pick(ProgramGenerator.names), session: session) : nil
        }
        let simulation = try ProgramSimulator.run(program, sessions: 12, oneRepMaxes: Self.maxes, failures: failures)
        for session in simulation.sessions {
            for exercise in session.exercises {
                for set in exercise.sets + (exercise.workoutSets ?? []) {
                    let weight = try #require(
                        set.weight, "\(exercise.exercise) in session \(session.session) has no weight")
                    #expect(weight.isLoadable, "\(exercise.exercise) in session \(session.session): \(weight.text)")
                }
            }
        }
    }

    @Test(
        "Property: the fixtures round trip",
        arguments: ["tiered-four-weeks.liftoscript", "timed-ladders-updates.liftoscript"])
    func fixturesRoundTrip(name: String) throws {
        let program = try T.parse(try T.fixture(name))
        #expect(try T.parse(ProgramRenderer.liftoscript(program)) == program)
        let simulation = try ProgramSimulator.run(program, sessions: 8, amrapExtraReps: 2, bodyweight: T.kg(80))
        #expect(try T.parse(ProgramRenderer.liftoscript(simulation.program)) == simulation.program)
    }
}

import Foundation

/// `EXERCISE@SESSION`: an exercise that falls one rep short on its last set in that session.
public struct SimulatedFailure: Hashable, Sendable {
    public var exercise: String
    public var session: Int

    public init(exercise: String, session: Int) {
        self.exercise = exercise
        self.session = session
    }
}

/// One exercise of a simulated session: what was prescribed and what the simulation did.
public struct SimulatedExercise: Hashable, Sendable, Codable {
    public var exercise: String
    public var sets: [PrescribedSet]
    public var performed: [PerformedSet]
    public var failed: Bool
}

/// One simulated session: its place in the program, the exercises, and what the progressions changed.
public struct SimulatedSession: Hashable, Sendable, Codable {
    public var session: Int
    public var week: Int
    public var day: Int
    public var weekTitle: String
    public var dayTitle: String
    public var exercises: [SimulatedExercise]
    public var changes: [ProgramChange]
    public var prints: [ProgramChange]
}

/// The sessions run and the program as it stands after them.
public struct Simulation: Sendable {
    public var sessions: [SimulatedSession]
    public var program: Program
    public var oneRepMaxes: OneRepMaxes
}

/// Runs a program forward session by session, every set done as prescribed (AMRAP sets at their written
/// reps, rep ranges at the top) except the failures listed, progressing after each session.
public enum ProgramSimulator {
    public static let maximumSessions = 1_000

    public static func run(_ program: Program, sessions count: Int, oneRepMaxes: OneRepMaxes = OneRepMaxes(), failures: [SimulatedFailure] = []) throws(ProgramUseError) -> Simulation {
        guard (1...maximumSessions).contains(count) else {
            throw ProgramUseError(description: "--sessions must be from 1 to \(maximumSessions), not \(count)")
        }
        let days = program.days.map { ($0.week, $0.day) }
        guard !days.isEmpty else { throw ProgramUseError(description: "the program has no days to run") }
        var simulation = Simulation(sessions: [], program: program, oneRepMaxes: oneRepMaxes)
        let occurrences = ProgramOccurrences(program)
        for session in 1...count {
            let (week, day) = days[(session - 1) % days.count]
            let prescription = try ProgramExpander.expand(simulation.program, week: week, day: day, oneRepMaxes: simulation.oneRepMaxes)
            var exercises: [SimulatedExercise] = []
            for exercise in prescription.exercises {
                let failed = failures.contains { $0.session == session && matches(exercise.exercise, $0.exercise) }
                exercises.append(SimulatedExercise(exercise: exercise.exercise.displayName, sets: exercise.sets, performed: performed(exercise.sets, failed: failed), failed: failed))
            }
            let outcome = try ProgramProgress.apply(simulation.program, day: prescription, performed: exercises.map(\.performed), oneRepMaxes: simulation.oneRepMaxes, occurrences: occurrences)
            simulation.program = outcome.program
            simulation.oneRepMaxes = outcome.oneRepMaxes
            simulation.sessions.append(SimulatedSession(
                session: session, week: week, day: day, weekTitle: prescription.weekTitle, dayTitle: prescription.dayTitle,
                exercises: exercises, changes: outcome.changes, prints: outcome.prints))
        }
        return simulation
    }

    /// Every set done at its reps and weight; a failure leaves the last set one rep short.
    static func performed(_ sets: [PrescribedSet], failed: Bool) -> [PerformedSet] {
        var done = sets.map { PerformedSet(reps: $0.reps, weight: $0.weight, rpe: $0.rpe, completed: true) }
        if failed, !done.isEmpty { done[done.count - 1].reps = max(0, done[done.count - 1].reps - 1) }
        return done
    }

    /// Whether a `--fail` name means the exercise: its name, label, or `label: name`, without case.
    static func matches(_ exercise: PlannedExercise, _ name: String) -> Bool {
        let wanted = name.lowercased()
        return exercise.name.lowercased() == wanted || exercise.label?.lowercased() == wanted
            || ((exercise.label.map { "\($0): " } ?? "") + exercise.name).lowercased() == wanted
    }
}

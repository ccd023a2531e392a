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
    /// The sets as the exercise's update script left them during the workout; nil when it changed none.
    public var workoutSets: [PrescribedSet]? = nil
    /// What the update script printed, and why it stopped if it did.
    public var workoutNotes: [String] = []
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
/// reps plus `amrapExtraReps`, rep ranges at the top) except the failures listed, running each exercise's
/// update script through the workout, and progressing after each session.
public enum ProgramSimulator {
    public static let maximumSessions = 1_000

    public static let maximumAMRAPExtraReps = 100

    public static func run(
        _ program: Program, sessions count: Int, oneRepMaxes: OneRepMaxes = OneRepMaxes(),
        failures: [SimulatedFailure] = [],
        amrapExtraReps: Int = 0, bodyweight: ProgramWeight? = nil
    ) throws(ProgramUseError) -> Simulation {
        guard (1...maximumSessions).contains(count) else {
            throw ProgramUseError(description: "--sessions must be from 1 to \(maximumSessions), not \(count)")
        }
        guard (0...maximumAMRAPExtraReps).contains(amrapExtraReps) else {
            throw ProgramUseError(
                description: "--amrap-extra must be from 0 to \(maximumAMRAPExtraReps), not \(amrapExtraReps)")
        }
        let days = program.days.map { ($0.week, $0.day) }
        guard !days.isEmpty else { throw ProgramUseError(description: "the program has no days to run") }
        var simulation = Simulation(sessions: [], program: program, oneRepMaxes: oneRepMaxes)
        let occurrences = ProgramOccurrences(program)
        for session in 1...count {
            let (week, day) = days[(session - 1) % days.count]
            var prescription = try ProgramExpander.expand(
                simulation.program, week: week, day: day, oneRepMaxes: simulation.oneRepMaxes)
            var exercises: [SimulatedExercise] = []
            for (index, exercise) in prescription.exercises.enumerated() {
                let failed = failures.contains { $0.session == session && matches(exercise.exercise, $0.exercise) }
                let effort = SimulatedEffort(amrapExtraReps: amrapExtraReps, failed: failed)
                let name = exercise.exercise.displayName
                guard let update = simulation.program.updates[exercise.key] else {
                    exercises.append(
                        SimulatedExercise(
                            exercise: name, sets: exercise.sets, performed: performed(exercise.sets, effort: effort),
                            failed: failed))
                    continue
                }
                var state: [StateVariable] = []
                if case .custom(let custom) = simulation.program.progressions[exercise.key] { state = custom.state }
                let daysBefore = simulation.program.weeks.prefix(week - 1).reduce(0) { $0 + $1.days.count }
                let run = WorkoutUpdateRun(
                    update: update, prescription: exercise,
                    oneRepMax: simulation.oneRepMaxes[exercise.exercise.movementName],
                    bodyweight: bodyweight, state: state, effort: effort
                )
                .run(week: week, dayInWeek: day, day: daysBefore + day)
                prescription.exercises[index].sets = run.sets
                exercises.append(
                    SimulatedExercise(
                        exercise: name, sets: exercise.sets, performed: run.performed, failed: failed,
                        workoutSets: run.sets == exercise.sets ? nil : run.sets,
                        workoutNotes: run.prints.map { "print: \($0)" } + run.messages))
            }
            let outcome = try ProgramProgress.apply(
                simulation.program, day: prescription, performed: exercises.map(\.performed),
                oneRepMaxes: simulation.oneRepMaxes, occurrences: occurrences)
            simulation.program = outcome.program
            simulation.oneRepMaxes = outcome.oneRepMaxes
            simulation.sessions.append(
                SimulatedSession(
                    session: session, week: week, day: day, weekTitle: prescription.weekTitle,
                    dayTitle: prescription.dayTitle,
                    exercises: exercises, changes: outcome.changes, prints: outcome.prints))
        }
        return simulation
    }

    /// Every set done at its weight, with the reps the effort gives it.
    static func performed(_ sets: [PrescribedSet], effort: SimulatedEffort) -> [PerformedSet] {
        sets.enumerated().map { index, set in
            PerformedSet(
                reps: effort.reps(set, index: index, of: sets.count), weight: set.weight, rpe: set.rpe, completed: true,
                time: set.setTimer)
        }
    }

    /// Whether a `--fail` name means the exercise: its name or today's movement, its label, or `label: name`, without case.
    static func matches(_ exercise: PlannedExercise, _ name: String) -> Bool {
        let wanted = name.lowercased()
        return [exercise.name, exercise.movementName].contains { movement in
            movement.lowercased() == wanted
                || ((exercise.label.map { "\($0): " } ?? "") + movement).lowercased() == wanted
        } || exercise.label?.lowercased() == wanted
    }
}

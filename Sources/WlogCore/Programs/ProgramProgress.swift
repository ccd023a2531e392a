import Foundation

/// One set as the lifter did it.
public struct PerformedSet: Hashable, Sendable, Codable {
    public var reps: Int
    public var weight: ProgramWeight?
    public var rpe: Double?
    /// Ticked off as done.
    public var completed: Bool
    /// How long a timed set took, in seconds.
    public var time: Int?

    public init(reps: Int, weight: ProgramWeight? = nil, rpe: Double? = nil, completed: Bool = true, time: Int? = nil) {
        self.reps = reps
        self.weight = weight
        self.rpe = rpe
        self.completed = completed
        self.time = time
    }
}

/// A change a progression made, in words: `Squat: lp succeeded (1 of 1), weights +2.5kg`.
public struct ProgramChange: Hashable, Sendable, Codable {
    public var exercise: String
    public var message: String
}

/// The program after a session, with what changed and what scripts printed.
public struct ProgressOutcome: Sendable {
    public var program: Program
    public var oneRepMaxes: OneRepMaxes
    public var changes: [ProgramChange]
    public var prints: [ProgramChange]
}

/// Progress: a pure, deterministic step from a program, a day's prescriptions and what was done to the new program.
public enum ProgramProgress {
    /// Runs the progression of each exercise of `day` given what was done (`performed[i]` for the day's
    /// i-th exercise; nil when it was skipped, which runs nothing).
    public static func apply(
        _ program: Program, day: DayPrescription, performed: [[PerformedSet]?], oneRepMaxes: OneRepMaxes
    ) throws(ProgramUseError) -> ProgressOutcome {
        try apply(
            program, day: day, performed: performed, oneRepMaxes: oneRepMaxes, occurrences: ProgramOccurrences(program))
    }

    /// `apply` with the program's occurrences already found (they stay the same from session to session).
    static func apply(
        _ program: Program, day: DayPrescription, performed: [[PerformedSet]?], oneRepMaxes: OneRepMaxes,
        occurrences: ProgramOccurrences
    ) throws(ProgramUseError) -> ProgressOutcome {
        guard performed.count == day.exercises.count else {
            throw ProgramUseError(
                description:
                    "\(performed.count) results for \(day.exercises.count) exercises on week \(day.week), day \(day.day)"
            )
        }
        var outcome = ProgressOutcome(program: program, oneRepMaxes: oneRepMaxes, changes: [], prints: [])
        for (prescription, sets) in zip(day.exercises, performed) {
            guard let sets, !prescription.progressDisabled,
                let progression = outcome.program.progressions[prescription.key]
            else { continue }
            let name = prescription.exercise.displayName
            var edits = ProgramEdits(
                program: outcome.program, oneRepMaxes: outcome.oneRepMaxes, occurrences: occurrences)
            let succeeded = isSuccess(prescription.sets, sets)
            var messages: [String] = []
            switch progression {
            case .linear(let linear):
                let next = BuiltInProgressions.linear(
                    linear, succeeded: succeeded, prescription: prescription, edits: &edits, messages: &messages)
                edits.program.progressions[prescription.key] = .linear(next)
            case .double(let double):
                BuiltInProgressions.double(
                    double, succeeded: succeeded, prescription: prescription, edits: &edits, messages: &messages)
            case .repsSum(let sum):
                BuiltInProgressions.repsSum(
                    sum, done: sets, prescription: prescription, edits: &edits, messages: &messages)
            case .custom(let custom):
                var run = CustomProgressRun(
                    custom: custom, prescription: prescription, performed: sets, week: day.week, day: day.day,
                    edits: edits)
                run.execute(messages: &messages, prints: &outcome.prints)
                edits = run.edits
            }
            outcome.program = edits.program
            outcome.oneRepMaxes = edits.oneRepMaxes
            outcome.changes += messages.map { ProgramChange(exercise: name, message: $0) }
        }
        return outcome
    }

    /// Liftoscript's `completedReps >= reps`: every prescribed set done, each with at least its reps.
    static func isSuccess(_ prescribed: [PrescribedSet], _ done: [PerformedSet]) -> Bool {
        guard done.count >= prescribed.count else { return false }
        return zip(prescribed, done).allSatisfy { $1.completed && $1.reps >= $0.reps }
    }
}

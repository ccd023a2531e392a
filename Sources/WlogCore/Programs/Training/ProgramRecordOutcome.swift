import Foundation

/// What a `record` did while a program is active: the recording itself, where the lifter now is in
/// today's workout when the sets were the program's, and the workout finished first when a new
/// session began with the last one unfinished.
public struct ProgramRecordOutcome: Sendable {
    public var record: RecordOutcome
    /// Where the lifter is, when the sets were the next prescribed ones; nil for a plain record.
    public var progress: ProgramSetProgress?
    /// The unfinished workout finished before these sets were stored.
    public var finishedFirst: WorkoutFinishReport?
}

/// Where the lifter is in today's workout after recording sets of one of its exercises.
public struct ProgramSetProgress: Sendable, Equatable {
    public var exercise: String
    /// Prescribed working sets of the exercise done, these included.
    public var done: Int
    public var prescribed: Int
    /// The next set of this exercise, when some are left.
    public var nextSet: NextSet?
    /// Rest after the set just done, in seconds.
    public var rest: Int?
    /// The next exercise of the workout with sets left, and its next set, when this one is done.
    public var nextExercise: String?
    public var nextExerciseSet: NextSet?
    public var unit: WeightUnit

    /// `Squat set 3 of 5 done; next 1×5+ @ 100 kg, rest 3m`, or the exercise done and what follows.
    public var text: String {
        let restText = rest.map { ", rest \(DurationInput.format(Double($0)))" } ?? ""
        if let nextSet {
            return "\(exercise) set \(done) of \(prescribed) done; next 1×\(Self.words(nextSet, unit: unit))\(restText)"
        }
        let head = "\(exercise) done (\(done) of \(prescribed) sets)"
        if let nextExercise, let nextExerciseSet {
            return "\(head); next: \(nextExercise) 1×\(Self.words(nextExerciseSet, unit: unit))\(restText)"
        }
        return "\(head); the workout is done: `wlog finish`"
    }

    /// `5+ @ 100 kg @8`: reps, weight and RPE of a prescribed set.
    static func words(_ set: NextSet, unit: WeightUnit) -> String {
        var text = "\(set.minReps.map { "\($0)-" } ?? "")\(set.reps)\(set.isAMRAP ? "+" : "")"
        if let weight = set.weight { text += " @ \(ProgramNumber.text(weight)) \(unit.rawValue)" }
        if let rpe = set.rpe { text += " RPE \(ProgramNumber.text(rpe))" }
        return text
    }
}

extension WorkoutFinishReport {
    /// `Finished ab week 1, day 1 first: Squat: 100 → 102.5 kg`, for a workout finished by a new session.
    public var finishedFirstText: String {
        let changes = results.map(\.text).joined(separator: ", ")
        return "Finished \(program) \(finished.text) first" + (changes.isEmpty ? "" : ": \(changes)")
    }
}

import Foundation

/// A working set as the log holds it, for a program to read what was done.
public struct LoggedWorkSet: Hashable, Sendable {
    public var reps: Int?
    public var weightKilograms: Double?
    public var rpe: Double?
    public var performedAt: Date

    public init(reps: Int?, weightKilograms: Double?, rpe: Double?, performedAt: Date) {
        self.reps = reps
        self.weightKilograms = weightKilograms
        self.rpe = rpe
        self.performedAt = performedAt
    }
}

/// What a finished workout did to one exercise: its first work set's weight before and after, and the progression's words.
public struct ExerciseProgressResult: Hashable, Sendable, Codable {
    public var exercise: String
    public var weightBefore: ProgramWeight?
    public var weightAfter: ProgramWeight?
    public var messages: [String]

    /// `Squat: 100 → 102.5 kg` when the weight moved, else `Bench Press: failure 2 of 3 before the next decrease`.
    public var text: String {
        if let before = weightBefore, let after = weightAfter, before != after {
            let shown = after.unit == before.unit ? ProgramNumber.text(before.value) : before.text
            return "\(exercise): \(shown) → \(ProgramNumber.text(after.value)) \(after.unit.rawValue)"
        }
        return "\(exercise): " + (messages.isEmpty ? "no change" : messages.joined(separator: "; "))
    }
}

/// A program's state after a finished workout.
public struct WorkoutFinishOutcome: Sendable {
    public var program: Program
    public var oneRepMaxes: OneRepMaxes
    public var next: TrainingPosition
    public var results: [ExerciseProgressResult]
    /// What the scripts printed.
    public var prints: [String]
}

/// Finishing a workout: each exercise's progression run on what was logged for it (a set not done, or
/// fewer reps than prescribed, is a failure), and the position moved to the next day.
public enum WorkoutFinish {
    /// `logged` holds each exercise's working sets in the order they were done (sets logged together
    /// share a time, so the order is the caller's, not re-sorted here).
    public static func run(
        _ program: Program, at position: TrainingPosition, oneRepMaxes: OneRepMaxes,
        logged: [ExerciseKey: [LoggedWorkSet]]
    ) throws(ProgramUseError) -> WorkoutFinishOutcome {
        let day = try ProgramExpander.expand(program, week: position.week, day: position.day, oneRepMaxes: oneRepMaxes)
        let performed: [[PerformedSet]?] = day.exercises.map { exercise in
            let unit = exercise.sets.first?.weight?.unit ?? .kg
            return (logged[exercise.key] ?? []).map { set in
                PerformedSet(
                    reps: set.reps ?? 0, weight: set.weightKilograms.map { ProgramWeight($0, .kg).converted(to: unit) },
                    rpe: set.rpe, completed: (set.reps ?? 0) > 0)
            }
        }
        let outcome = try ProgramProgress.apply(program, day: day, performed: performed, oneRepMaxes: oneRepMaxes)
        var results: [ExerciseProgressResult] = []
        var seen = Set<ExerciseKey>()
        for prescription in day.exercises where seen.insert(prescription.key).inserted {
            let name = prescription.exercise.displayName
            let messages = outcome.changes.filter { $0.exercise == name }.map(\.message)
            guard !messages.isEmpty else { continue }
            results.append(
                ExerciseProgressResult(
                    exercise: name, weightBefore: prescription.sets.first?.weight,
                    weightAfter: ProgramExpander.firstWeight(
                        in: outcome.program, at: prescription, oneRepMaxes: outcome.oneRepMaxes),
                    messages: messages))
        }
        return WorkoutFinishOutcome(
            program: outcome.program, oneRepMaxes: outcome.oneRepMaxes, next: position.next(in: program),
            results: results, prints: outcome.prints.map { "\($0.exercise): \($0.message)" })
    }
}

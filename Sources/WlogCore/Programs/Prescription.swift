import Foundation

/// The one-rep maxes weights are resolved against, by exercise name (without case).
public struct OneRepMaxes: Hashable, Sendable {
    public private(set) var weights: [String: ProgramWeight] = [:]

    public init(_ weights: [String: ProgramWeight] = [:]) {
        for (name, weight) in weights { self.weights[name.lowercased()] = weight }
    }

    public subscript(name: String) -> ProgramWeight? {
        get { weights[name.lowercased()] }
        set { weights[name.lowercased()] = newValue }
    }
}

/// One set to do: reps, and the weight resolved when it can be (else the share of 1RM it stands for).
public struct PrescribedSet: Hashable, Sendable, Codable {
    public var reps: Int
    public var minReps: Int?
    public var isAMRAP: Bool
    public var label: String?
    /// The loadable weight, or nil when it depends on a 1RM that was not given.
    public var weight: ProgramWeight?
    /// The percentage of 1RM the set asks for (written, or from the RPE chart), nil for a stated weight.
    public var percentOfOneRepMax: Double?
    public var rpe: Double?
    public var logsRPE: Bool
    public var asksWeight: Bool
    /// Rest after the set, in seconds.
    public var rest: Int?
    /// How long a timed set lasts, in seconds; nil for a set done for reps.
    public var setTimer: Int?
    /// A timed set whose clock runs on past `setTimer` until the lifter stops it.
    public var setTimerCountsUp = false
    /// The next timed set starts by itself when the rest ends.
    public var startsAutomatically = false
}

/// A warm-up set with its weight resolved when it can be.
public struct PrescribedWarmup: Hashable, Sendable, Codable {
    public var reps: Int
    public var weight: ProgramWeight?
    /// The share of the first work set, for a warm-up written as a percentage.
    public var percentOfFirstSet: Double?
}

/// What to do for one exercise on one day.
public struct Prescription: Hashable, Sendable {
    public var week: Int
    public var day: Int
    /// The exercise's place in its day, from 0.
    public var index: Int
    public var key: ExerciseKey
    public var exercise: PlannedExercise
    public var description: String?
    public var sets: [PrescribedSet]
    /// Explicit warm-ups; `[]` for `warmup: none`, nil for the default.
    public var warmups: [PrescribedWarmup]?
    public var superset: String?
    public var progression: Progression?
    public var progressDisabled: Bool
}

/// One day of a program, laid out.
public struct DayPrescription: Hashable, Sendable {
    public var week: Int
    public var day: Int
    public var weekTitle: String
    public var dayTitle: String
    public var weekDescription: String?
    public var dayDescription: String?
    public var exercises: [Prescription]
}

/// A week or day that the program does not have.
public struct ProgramUseError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

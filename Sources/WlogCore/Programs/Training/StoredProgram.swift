import Foundation

/// A program as stored: its name, the text it was added from, the state its progressions moved it
/// to, where the lifter is, and the 1RMs and training maxes it uses.
public struct StoredProgram: Sendable {
    public var name: String
    public var source: String
    /// The program with its current weights, reps, counters and state.
    public var state: Program
    public var position: TrainingPosition
    public var oneRepMaxes: OneRepMaxes
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    /// The state written out as Liftoscript: the file to edit and add again.
    public var exportText: String { ProgramRenderer.liftoscript(state) }
}

/// One line of `program list`.
public struct ProgramSummary: Hashable, Sendable, Codable {
    public var name: String
    public var isActive: Bool
    public var weeks: Int
    public var days: Int
    public var exercises: Int
    public var position: TrainingPosition
    public var workoutsFinished: Int
    @ISODate public var updatedAt: Date
    /// Why the program cannot be used (its stored state no longer parses); nil when it can. Such a
    /// program counts no weeks, days or exercises; `program add` under its name or `program remove` mends it.
    public var unreadable: String?
}

/// One change a progression made, for `program history`.
public struct ProgramHistoryEntry: Hashable, Sendable, Codable {
    @ISODate public var finishedAt: Date
    public var week: Int
    public var day: Int
    public var exercise: String
    public var weightBefore: String?
    public var weightAfter: String?
    public var message: String
}

/// What `program add` did: a new program, or a changed one merged with the progress it had.
public struct ProgramAddOutcome: Sendable, Codable {
    public var name: String
    /// False for a new program; true when a program of this name was there and its progress merged.
    public var replaced: Bool
    public var merge: ProgramMergeReport?
    /// Exercises created as custom exercises (`--create-missing`).
    public var createdExercises: [String]
    /// Each exercise of the program and the slug of the library exercise it resolved to.
    public var resolved: [String: String]
    /// Whether the program became the active one (the first program added does).
    public var isActive: Bool
}

/// What `finish` did: the workout's place, each exercise's result, and where the lifter is now.
public struct WorkoutFinishReport: Sendable, Codable {
    public var program: String
    public var finished: TrainingPosition
    public var next: TrainingPosition
    /// False when nothing was logged for the day's exercises since the last finish: nothing changed.
    public var didFinish: Bool
    public var results: [ExerciseProgressResult]
    public var prints: [String]
}

import Foundation

/// Everything `wlog record` shows about one recording: what was stored (or, in a dry run, what
/// would be), the sets of the last time, and the personal records the new sets took.
public struct RecordOutcome: Sendable, Equatable {
    /// The exercise the request named.
    public var exercise: Exercise
    /// The checked request: when, and the sets in order.
    public var plan: RecordPlan
    /// What was stored; `nil` in a dry run.
    public var stored: WorkoutLog.RecordResult?
    /// The working sets of the exercise in the last earlier session that had it.
    public var previous: [HistoryEntry]
    /// The records the stored sets took from every other set of the exercise; none in a dry run.
    public var newRecords: [NewRecord]
    /// The unit computed figures are shown in (`wlog config unit`).
    public var defaultUnit: WeightUnit

    /// Whether the session already had sets of this exercise before these.
    public var continuesSession: Bool {
        (stored?.entries.first?.set.setNumber ?? 1) > 1
    }
}

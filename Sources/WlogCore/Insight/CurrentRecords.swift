/// What `prs` shows: the current records of the exercises asked for and the unit loads are shown
/// in (the `unit` setting), read in one transaction.
public struct CurrentRecords: Equatable, Sendable {
    /// The records, by exercise and kind (`PersonalRecords.current`).
    public var records: [PersonalRecord]
    /// The unit loads are shown in.
    public var unit: WeightUnit
}

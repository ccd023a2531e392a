/// What `sessions` lists: the sessions, newest first, and the unit their volume is shown in (the
/// `unit` setting), read in one transaction.
public struct SessionListing: Equatable, Sendable {
    /// The sessions with their counts and volume, newest first.
    public var sessions: [SessionSummary]
    /// The unit weights and volume are shown in.
    public var unit: WeightUnit
}

/// The history formats `wlog import history` reads.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case strong, hevy, fitnotes, wlog

    /// How the summary names the format.
    public var title: String {
        switch self {
        case .strong: "a Strong export"
        case .hevy: "a Hevy export"
        case .fitnotes: "a FitNotes export"
        case .wlog: "a wlog export"
        }
    }
}

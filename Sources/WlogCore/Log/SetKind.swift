/// What kind of set it was.
public enum SetKind: String, Codable, CaseIterable, Sendable {
    case warmup, working, drop, failure
}

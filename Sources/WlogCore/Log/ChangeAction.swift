/// What kind of change to the log a journal entry is.
public enum ChangeAction: String, Codable, Sendable {
    case record, `import`, edit, delete
}

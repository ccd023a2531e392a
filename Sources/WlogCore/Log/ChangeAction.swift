/// What kind of change to the log a journal entry is; `finish` is a program's finished workout,
/// which `program_workout` journals (never `record_batch`).
public enum ChangeAction: String, Codable, Sendable {
    case record, `import`, edit, delete, finish
}

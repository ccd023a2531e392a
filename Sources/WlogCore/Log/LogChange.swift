import Foundation

/// One change to the log as `undo` sees it: only the newest can be taken back.
public struct LogChange: Sendable, Equatable {
    public var id: Int64
    public var action: ChangeAction
    /// What an edit, a delete or a finish was about: `set 12`, `session 3`, `ab week 1, day 1`; `nil` for a record or an import.
    public var subject: String?
    public var madeAt: Date

    /// `the edit of set 12`, `the import`, `the record`.
    public var description: String {
        switch action {
        case .record: "the record"
        case .import: "the import"
        case .edit: "the edit of \(subject ?? "a set")"
        case .delete: "the deletion of \(subject ?? "a set")"
        case .finish: "the finish of \(subject ?? "a workout")"
        }
    }
}

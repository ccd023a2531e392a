import Foundation
import GRDB

/// What kind of change to the log a journal entry is.
public enum ChangeAction: String, Codable, Sendable {
    case record, `import`, edit, delete
}

/// One change to the log as `undo` sees it: only the newest can be taken back.
public struct LogChange: Sendable, Equatable {
    public var id: Int64
    public var action: ChangeAction
    /// What an edit or a delete was about: `set 12`, `session 3`; `nil` for a record or an import.
    public var subject: String?
    public var madeAt: Date

    /// `the edit of set 12`, `the import`, `the record`.
    public var description: String {
        switch action {
        case .record: "the record"
        case .import: "the import"
        case .edit: "the edit of \(subject ?? "a set")"
        case .delete: "the deletion of \(subject ?? "a set")"
        }
    }
}

/// A journal entry: one `record`, import, edit or delete, so that `undo` takes back exactly
/// that change. The sets a record or an import stored carry its id.
struct RecordBatch: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "record_batch"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var createdAt: Date
    var openedSessionId: Int64?
    var action: ChangeAction = .record
    var subject: String?
    /// The rows an edit or a delete changed, as they were (JSON of `[RowImage]`).
    var beforeImage: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var change: LogChange? {
        id.map { LogChange(id: $0, action: action, subject: subject, madeAt: createdAt) }
    }
}

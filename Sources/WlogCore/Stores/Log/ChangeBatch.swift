import Foundation
import GRDB

/// A row of `record_batch`, the change journal: one `record`, import, edit or delete, so that
/// `undo` takes back exactly that change. The sets a record or an import stored carry its id.
struct ChangeBatch: Codable, FetchableRecord, MutablePersistableRecord {
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

extension DerivableRequest<ChangeBatch> {
    /// The newest change first: the only one `undo` takes back.
    func newestFirst() -> Self {
        order(Column("id").desc)
    }
}

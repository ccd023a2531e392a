import Foundation
import GRDB

/// New sets of `logged_set`, collected and written with multi-row `INSERT`s (see `BulkInsert`):
/// a history import writes its sets this way, with no statement built or record encoded per set.
/// The values are those `LoggedSet`'s own insert stores.
struct LoggedSetRows {
    /// How many sets an import collects before it writes them (and tells its progress).
    static let rowsPerFlush = 8192

    private var insert = BulkInsert(
        into: "logged_set",
        columns: [
            "session_id", "exercise_id", "batch_id", "performed_at", "set_number", "reps", "weight_kg", "weight_unit",
            "bodyweight", "duration_s", "distance_m", "rpe", "rir", "kind", "note", "created_at", "import_key",
        ])
    /// The sets collected and not yet written.
    private(set) var count = 0
    /// A date's stored text is made by a date formatter; an import's sets share their workout's
    /// time and the import's, so the last text of each is kept.
    private var performedAt = DateValueMemo()
    private var createdAt = DateValueMemo()

    mutating func add(_ set: LoggedSet) {
        insert.add(set.sessionId)
        insert.add(set.exerciseId)
        insert.add(set.batchId.databaseValue)
        insert.add(performedAt.value(set.performedAt))
        insert.add(set.setNumber)
        insert.add(set.reps.databaseValue)
        insert.add(set.weightKg.databaseValue)
        insert.add(set.weightUnit.rawValue)
        insert.add(set.bodyweight.databaseValue)
        insert.add(set.durationS.databaseValue)
        insert.add(set.distanceM.databaseValue)
        insert.add(set.rpe.databaseValue)
        insert.add(set.rir.databaseValue)
        insert.add(set.kind.rawValue)
        insert.add(set.note)
        insert.add(createdAt.value(set.createdAt))
        insert.add(set.importKey.databaseValue)
        count += 1
    }

    /// Writes the sets collected so far and forgets them.
    mutating func flush(_ db: Database) throws {
        try insert.flush(db)
        count = 0
    }
}

/// The stored value of the last date asked for, kept for the next call.
private struct DateValueMemo {
    private var last: (date: Date, value: DatabaseValue)?

    mutating func value(_ date: Date) -> DatabaseValue {
        if let last, last.date == date { return last.value }
        let value = date.databaseValue
        last = (date, value)
        return value
    }
}

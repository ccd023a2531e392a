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

    mutating func add(_ set: LoggedSet) {
        insert.add(set.sessionId)
        insert.add(set.exerciseId)
        insert.add(set.batchId.databaseValue)
        insert.add(set.performedAt.databaseValue)
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
        insert.add(set.createdAt.databaseValue)
        insert.add(set.importKey.databaseValue)
        count += 1
    }

    /// Writes the sets collected so far and forgets them.
    mutating func flush(_ db: Database) throws {
        try insert.flush(db)
        count = 0
    }
}

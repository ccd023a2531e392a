import GRDB

/// A session as a row of `workout_session`.
extension WorkoutSession: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "workout_session"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension DerivableRequest<WorkoutSession> {
    /// Newest first: the latest start, and of sessions started together, the last stored.
    func newestFirst() -> Self {
        order(Column("started_at").desc, Column("id").desc)
    }
}

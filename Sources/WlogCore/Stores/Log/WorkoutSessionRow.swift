import GRDB

/// A session as a row of `workout_session`. The log reads and writes sessions through this type,
/// so that GRDB's record protocols stay off the public `WorkoutSession`.
struct WorkoutSessionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "workout_session"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// The session this row holds.
    var session: WorkoutSession

    init(_ session: WorkoutSession) {
        self.session = session
    }

    init(from decoder: any Decoder) throws {
        session = try WorkoutSession(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try session.encode(to: encoder)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        session.id = inserted.rowID
    }
}

extension WorkoutSession {
    /// Inserts the session as a new row of `workout_session` and takes the id it was given.
    mutating func insert(_ db: Database) throws {
        var row = WorkoutSessionRow(self)
        try row.insert(db)
        self = row.session
    }

    /// Writes the session over its row of `workout_session`.
    func update(_ db: Database) throws {
        try WorkoutSessionRow(self).update(db)
    }
}

extension DerivableRequest<WorkoutSessionRow> {
    /// Newest first: the latest start, and of sessions started together, the last stored.
    func newestFirst() -> Self {
        order(Column("started_at").desc, Column("id").desc)
    }
}

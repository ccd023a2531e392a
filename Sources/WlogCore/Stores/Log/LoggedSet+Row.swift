import GRDB

/// A logged set as a row of `logged_set`, its import key included.
extension LoggedSet: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "logged_set"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Reads a row column by column: history, stats and records read thousands of sets, and
    /// this is several times faster than decoding through `Codable`.
    public init(row: Row) throws {
        id = row["id"]
        sessionId = row["session_id"]
        exerciseId = row["exercise_id"]
        batchId = row["batch_id"]
        performedAt = row["performed_at"]
        setNumber = row["set_number"]
        reps = row["reps"]
        weightKg = row["weight_kg"]
        weightUnit = WeightUnit(rawValue: row["weight_unit"] ?? "kg") ?? .kg
        bodyweight = row["bodyweight"]
        durationS = row["duration_s"]
        distanceM = row["distance_m"]
        rpe = row["rpe"]
        rir = row["rir"]
        kind = SetKind(rawValue: row["kind"] ?? "working") ?? .working
        note = row["note"]
        createdAt = row["created_at"]
        importKey = row["import_key"]
    }
}

extension DerivableRequest<LoggedSet> {
    /// The sets of one session.
    func inSession(_ sessionID: Int64) -> Self {
        filter(Column("session_id") == sessionID)
    }

    /// The sets of one exercise.
    func of(exercise exerciseID: Int64) -> Self {
        filter(Column("exercise_id") == exerciseID)
    }
}

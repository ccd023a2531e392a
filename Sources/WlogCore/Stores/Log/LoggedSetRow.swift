import GRDB

/// A logged set as a row of `logged_set`, its import key included. The log reads and writes
/// sets through this type, so that GRDB's record protocols stay off the public `LoggedSet`.
struct LoggedSetRow: Encodable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "logged_set"
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// The set this row holds.
    var set: LoggedSet

    init(_ set: LoggedSet) {
        self.set = set
    }

    /// Reads a row column by column: history, stats and records read thousands of sets, and
    /// this is several times faster than decoding through `Codable`.
    init(row: Row) throws {
        set = LoggedSet(
            id: row["id"], sessionId: row["session_id"], exerciseId: row["exercise_id"], batchId: row["batch_id"],
            performedAt: row["performed_at"], setNumber: row["set_number"], reps: row["reps"],
            weightKg: row["weight_kg"], weightUnit: WeightUnit(rawValue: row["weight_unit"] ?? "kg") ?? .kg,
            bodyweight: row["bodyweight"], durationS: row["duration_s"], distanceM: row["distance_m"],
            rpe: row["rpe"], rir: row["rir"], kind: SetKind(rawValue: row["kind"] ?? "working") ?? .working,
            note: row["note"], createdAt: row["created_at"])
        set.importKey = row["import_key"]
    }

    func encode(to encoder: any Encoder) throws {
        try set.encode(to: encoder)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        set.id = inserted.rowID
    }
}

extension LoggedSet {
    /// Inserts the set as a new row of `logged_set` and takes the id it was given.
    mutating func insert(_ db: Database) throws {
        var row = LoggedSetRow(self)
        try row.insert(db)
        self = row.set
    }

    /// Writes the set over its row of `logged_set`.
    func update(_ db: Database) throws {
        try LoggedSetRow(self).update(db)
    }
}

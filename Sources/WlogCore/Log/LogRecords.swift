import Foundation
import GRDB

/// A training session: the sets logged close together in time, or between `session start` and `session finish`.
public struct WorkoutSession: Codable, Equatable, Identifiable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "workout_session"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var name: String?
    public var note: String?
    public var startedAt: Date
    public var finishedAt: Date?
    public var createdAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// What kind of set it was.
public enum SetKind: String, Codable, CaseIterable, Sendable {
    case warmup, working, drop, failure
}

/// One logged set: the user's data, never removed but by an explicit delete or undo.
public struct LoggedSet: Codable, Equatable, Identifiable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "logged_set"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var sessionId: Int64
    public var exerciseId: Int64
    public var batchId: Int64?
    public var performedAt: Date
    public var setNumber: Int
    public var reps: Int?
    /// The load in kilograms (the added load for bodyweight work).
    public var weightKg: Double?
    /// The unit the weight was entered in.
    public var weightUnit: WeightUnit
    public var bodyweight: Bool
    public var durationS: Double?
    public var distanceM: Double?
    public var rpe: Double?
    public var rir: Int?
    public var kind: SetKind
    public var note: String?
    public var createdAt: Date

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
    }

    public init(id: Int64?, sessionId: Int64, exerciseId: Int64, batchId: Int64?, performedAt: Date, setNumber: Int, reps: Int?,
                weightKg: Double?, weightUnit: WeightUnit, bodyweight: Bool, durationS: Double?, distanceM: Double?, rpe: Double?,
                rir: Int?, kind: SetKind, note: String?, createdAt: Date) {
        self.id = id
        self.sessionId = sessionId
        self.exerciseId = exerciseId
        self.batchId = batchId
        self.performedAt = performedAt
        self.setNumber = setNumber
        self.reps = reps
        self.weightKg = weightKg
        self.weightUnit = weightUnit
        self.bodyweight = bodyweight
        self.durationS = durationS
        self.distanceM = distanceM
        self.rpe = rpe
        self.rir = rir
        self.kind = kind
        self.note = note
        self.createdAt = createdAt
    }

    /// The weight as entered: amount in its unit, or bodyweight with the added load.
    public var weight: WeightInput? {
        guard bodyweight || weightKg != nil else { return nil }
        return WeightInput(bodyweight: bodyweight, amount: weightKg.map { Self.rounded($0 / weightUnit.kilograms) }, unit: weightUnit)
    }

    /// Stores `weight` canonically, in kilograms, keeping the unit it was entered in.
    public mutating func setWeight(_ weight: WeightInput?) {
        bodyweight = weight?.bodyweight ?? false
        weightKg = weight?.kilograms
        weightUnit = weight?.unit ?? .kg
    }

    /// Rounds away the last bits that a kg ↔ lb round trip leaves (90 lb stays 90, not 89.99999).
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}

import Foundation

/// One set read from a file, before its exercise is known.
struct ImportedSet {
    var line: Int
    /// When it was done: the workout's start for formats that keep one time per workout.
    var performedAt: Date
    /// The exercise as the file names it.
    var exerciseName: String
    /// The slug a wlog export gives.
    var slug: String?
    /// The set's number as a wlog export gives it; other formats number sets by their order.
    var setNumber: Int?
    var reps: Int?
    var load: ImportedLoad
    var durationS: Double?
    var distanceM: Double?
    var rpe: Double?
    var rir: Int?
    var kind: SetKind
    var note: String?
    /// The set's identity across imports (see `ImportKey`).
    var key: Int64
}

/// How a file gives a set's load.
enum ImportedLoad: Equatable {
    /// As the other apps write it: an amount (nil when empty or 0) in a unit; whether it is
    /// bodyweight work is decided from the set and the exercise it maps to.
    case appLoad(amount: Double?, unit: WeightUnit)
    /// wlog's own export: exactly what was stored.
    case exact(WeightInput?)
}

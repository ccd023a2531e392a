import Crypto
import Foundation

/// The history formats `wlog import history` reads.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case strong, hevy, fitnotes, wlog

    /// How the summary names the format.
    public var title: String {
        switch self {
        case .strong: "a Strong export"
        case .hevy: "a Hevy export"
        case .fitnotes: "a FitNotes export"
        case .wlog: "a wlog export"
        }
    }
}

/// How a file gives a set's load.
enum ImportedLoad: Equatable {
    /// As the other apps write it: an amount (nil when empty or 0) in a unit; whether it is
    /// bodyweight work is decided from the set and the exercise it maps to.
    case appLoad(amount: Double?, unit: WeightUnit)
    /// wlog's own export: exactly what was stored.
    case exact(WeightInput?)
}

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

/// One workout read from a file: it becomes one session.
struct ImportedWorkout {
    /// The workout's identity across imports.
    var key: Int64
    var name: String?
    var note: String?
    var startedAt: Date
    var finishedAt: Date?
    var sets: [ImportedSet]
}

/// A whole file, read and checked.
struct ImportedHistory {
    var format: HistoryFormat
    var workouts: [ImportedWorkout]
    /// Rows that carry no set: empty sets, rest timers.
    var skippedRows: Int
}

/// The stable identity of an imported set or workout: the first 64 bits of a SHA-256 over the
/// fields that make it what it is, so the same row read again (in any time zone) gives the same
/// key. Migration 0007 turned the hex digests that earlier imports stored into these same 64 bits.
enum ImportKey {
    static func make(_ parts: [String]) -> Int64 {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return Int64(bitPattern: digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }
}

extension ImportedHistory {
    /// Every set whose time `LoggedTimeBounds` refuses, as a problem at its line.
    func timeProblems(path: String, now: Date, timeZone: TimeZone) -> [HistoryImportError] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return workouts.flatMap(\.sets).compactMap { set in
            LoggedTimeBounds.problem(with: set.performedAt, now: now).map { problem in
                HistoryImportError(path: path, line: set.line, message: "the time \(formatter.string(from: set.performedAt)) is \(problem)",
                                   hint: "wlog takes times from 1900 up to now; correct the date in the file")
            }
        }
    }
}

import Foundation

/// A kind of personal record. For every kind, more is better.
public enum RecordKind: Hashable, Sendable {
    /// The best Epley estimate from a set of 1 to 12 reps with an external load.
    case estimatedOneRepMax
    /// The heaviest external load lifted for exactly this many reps.
    case repMax(reps: Int)
    /// The heaviest load added to bodyweight for exactly this many reps.
    case addedLoadRepMax(reps: Int)
    /// The most reps in one set without an external load (bodyweight work).
    case mostReps
    /// The longest timed set without reps or distance (a hold, such as a plank).
    case longestHold
    /// The longest distance in one set.
    case longestDistance

    /// The name scripts see.
    public var name: String {
        switch self {
        case .estimatedOneRepMax: "e1rm"
        case .repMax: "rep-max"
        case .addedLoadRepMax: "added-load-rep-max"
        case .mostReps: "most-reps"
        case .longestHold: "longest-hold"
        case .longestDistance: "longest-distance"
        }
    }

    /// The rep count of a rep-max record.
    public var reps: Int? {
        switch self {
        case .repMax(let reps), .addedLoadRepMax(let reps): reps
        default: nil
        }
    }

    /// The unit of the record's value: kilograms, reps, seconds or metres.
    public var valueUnit: String {
        switch self {
        case .estimatedOneRepMax, .repMax, .addedLoadRepMax: "kg"
        case .mostReps: "reps"
        case .longestHold: "s"
        case .longestDistance: "m"
        }
    }

    /// Listing order: the estimate, rep maxes by reps, then the other kinds.
    var order: (Int, Int) {
        switch self {
        case .estimatedOneRepMax: (0, 0)
        case .repMax(let reps): (1, reps)
        case .addedLoadRepMax(let reps): (2, reps)
        case .mostReps: (3, 0)
        case .longestHold: (4, 0)
        case .longestDistance: (5, 0)
        }
    }

    /// Every record a set can hold, with its value in kilograms, reps, seconds or metres.
    /// Warm-ups hold none.
    public static func candidates(of set: LoggedSet) -> [(kind: RecordKind, value: Double)] {
        guard set.countsAsWork else { return [] }
        var found: [(RecordKind, Double)] = []
        if let estimate = set.oneRepMax, estimate.isReliable { found.append((.estimatedOneRepMax, estimate.epley)) }
        if let reps = set.reps {
            if let load = set.externalLoadKg {
                found.append((.repMax(reps: reps), load))
            } else {
                found.append((.mostReps, Double(reps)))
                if let added = set.addedLoadKg { found.append((.addedLoadRepMax(reps: reps), added)) }
            }
        }
        if let hold = set.holdSeconds { found.append((.longestHold, hold)) }
        if let distance = set.distanceM { found.append((.longestDistance, distance)) }
        return found
    }
}

/// A record and the set that holds it.
public struct PersonalRecord: Equatable, Sendable {
    public var kind: RecordKind
    /// In kilograms, reps, seconds or metres (see `RecordKind.valueUnit`).
    public var value: Double
    public var entry: HistoryEntry
}

/// A record that a newly stored set took from an earlier one.
public struct NewRecord: Equatable, Sendable {
    public var record: PersonalRecord
    /// The record it beat.
    public var previous: PersonalRecord
}

/// Personal records, computed from logged sets.
///
/// The rule: a set holds a record when its value is strictly greater than that of every other
/// working, drop or failure set of the exercise (warm-ups never count); a tie leaves the record
/// with the earlier set. A new set is a *new* record only when there was a record of that kind
/// to beat: the first time an exercise, or a rep count, is logged sets a mark but no PR.
public enum PersonalRecords {
    /// Values closer than this are a tie (kilograms, reps, seconds or metres).
    static let tolerance = 1e-6

    /// The current records of every exercise in `entries`, by exercise name, then kind.
    public static func current(in entries: [HistoryEntry]) -> [PersonalRecord] {
        var best: [RecordKey: PersonalRecord] = [:]
        for entry in chronological(entries) {
            for candidate in RecordKind.candidates(of: entry.set) {
                let key = RecordKey(exerciseID: entry.set.exerciseId, kind: candidate.kind)
                if let held = best[key], candidate.value <= held.value + tolerance { continue }
                best[key] = PersonalRecord(kind: candidate.kind, value: candidate.value, entry: entry)
            }
        }
        return best.values.sorted { left, right in
            if left.entry.exercise != right.entry.exercise { return left.entry.exercise < right.entry.exercise }
            if left.entry.set.exerciseId != right.entry.set.exerciseId {
                return left.entry.set.exerciseId < right.entry.set.exerciseId
            }
            return left.kind.order < right.kind.order
        }
    }

    /// The records the sets of `added` take from those of `earlier`: for each kind, the best new
    /// set against the best earlier one. Rep maxes come first, then the estimate, then the rest.
    public static func broken(by added: [HistoryEntry], over earlier: [HistoryEntry]) -> [NewRecord] {
        let before = Dictionary(
            current(in: earlier).map { (RecordKey(exerciseID: $0.entry.set.exerciseId, kind: $0.kind), $0) },
            uniquingKeysWith: { first, _ in first })
        return current(in: added).compactMap { record -> NewRecord? in
            guard let previous = before[RecordKey(exerciseID: record.entry.set.exerciseId, kind: record.kind)],
                record.value > previous.value + tolerance
            else { return nil }
            return NewRecord(record: record, previous: previous)
        }.sorted { left, right in
            announcementOrder(left.record.kind) < announcementOrder(right.record.kind)
        }
    }

    /// Oldest first; sets done at the same moment in the order they were stored.
    static func chronological(_ entries: [HistoryEntry]) -> [HistoryEntry] {
        func before(_ first: HistoryEntry, _ second: HistoryEntry) -> Bool {
            (first.set.performedAt, first.set.id ?? .max) < (second.set.performedAt, second.set.id ?? .max)
        }
        // Sets read from the store come in this order already: keep the array (no copy of thousands).
        if !zip(entries, entries.dropFirst()).contains(where: { before($1, $0) }) { return entries }
        return entries.sorted(by: before)
    }

    private static func announcementOrder(_ kind: RecordKind) -> (Int, Int) {
        switch kind {
        case .repMax(let reps): (0, reps)
        case .addedLoadRepMax(let reps): (1, reps)
        case .estimatedOneRepMax: (2, 0)
        case .mostReps, .longestHold, .longestDistance: (3, kind.order.0)
        }
    }

    private struct RecordKey: Hashable {
        var exerciseID: Int64
        var kind: RecordKind
    }
}

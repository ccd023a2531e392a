import Foundation

/// What `wlog record` was asked to store, as typed: every value still a string.
public struct RecordRequest: Sendable, Equatable {
    public var sets: Int?
    public var reps: String?
    public var weight: String?
    public var duration: String?
    public var distance: String?
    public var rpe: String?
    public var rir: String?
    public var kind: SetKind?
    public var warmup = false
    public var note: String?
    public var at: String?

    public init(
        sets: Int? = nil, reps: String? = nil, weight: String? = nil, duration: String? = nil, distance: String? = nil,
        rpe: String? = nil, rir: String? = nil, kind: SetKind? = nil, warmup: Bool = false, note: String? = nil,
        at: String? = nil
    ) {
        self.sets = sets
        self.reps = reps
        self.weight = weight
        self.duration = duration
        self.distance = distance
        self.rpe = rpe
        self.rir = rir
        self.kind = kind
        self.warmup = warmup
        self.note = note
        self.at = at
    }
}

/// One set about to be stored.
public struct PlannedSet: Sendable, Equatable {
    public var reps: Int?
    public var weight: WeightInput?
    public var durationS: Double?
    public var distanceM: Double?
    public var rpe: Double?
    public var rir: Int?
    public var kind: SetKind
    public var note: String?
}

/// A checked request: when, and the sets in order.
public struct RecordPlan: Sendable, Equatable {
    public var performedAt: Date
    public var sets: [PlannedSet]

    /// Checks every value of `request`; throws the first `LogInputError`, naming the option,
    /// the value and the accepted form. Nothing here touches the database.
    public static func make(
        _ request: RecordRequest, settings: LogSettings, now: Date = Date(), timeZone: TimeZone = .current
    ) throws(LogInputError) -> RecordPlan {
        if let sets = request.sets, !(1...100).contains(sets) {
            throw LogInputError(option: "--sets", value: "\(sets)", expected: "a whole number of sets from 1 to 100")
        }
        let reps = try request.reps.map { text throws(LogInputError) in
            try PerSetList.parse(
                text, option: "--reps", expected: "whole numbers of reps from 1 to 1000, such as 12 or 12,10,8"
            ) { item throws(LogInputError) in
                guard let value = Int(item), (1...1000).contains(value) else {
                    throw LogInputError(
                        option: "--reps", value: item,
                        expected: "a whole number of reps from 1 to 1000, such as 12 or 12,10,8")
                }
                return value
            }
        }
        let weights = try request.weight.map { text throws(LogInputError) in
            try PerSetList.parse(text, option: "--weight", expected: "weights such as 40, 40kg, 90lb, bw or bw+10kg") {
                item throws(LogInputError) in
                try WeightInput.parse(item, defaultUnit: settings.defaultUnit)
            }
        }
        let durations = try request.duration.map { text throws(LogInputError) in
            try PerSetList.parse(text, option: "--duration", expected: "durations such as 45s or 1m30s") {
                item throws(LogInputError) in try DurationInput.parse(item)
            }
        }
        let distances = try request.distance.map { text throws(LogInputError) in
            try PerSetList.parse(text, option: "--distance", expected: "distances such as 400m or 1.2km") {
                item throws(LogInputError) in try DistanceInput.parse(item)
            }
        }
        let rpes = try request.rpe.map { text throws(LogInputError) in
            try PerSetList.parse(text, option: "--rpe", expected: "RPE from 1 to 10 in halves, such as 8 or 8.5") {
                item throws(LogInputError) in try EffortInput.rpe(item)
            }
        }
        let rirs = try request.rir.map { text throws(LogInputError) in
            try PerSetList.parse(text, option: "--rir", expected: "reps in reserve from 0 to 10") {
                item throws(LogInputError) in try EffortInput.rir(item)
            }
        }
        guard reps != nil || durations != nil || distances != nil else {
            throw LogInputError(
                option: "--reps", value: "",
                expected: "at least one of --reps, --duration or --distance, such as --sets 3 --reps 12")
        }
        let kind = try resolvedKind(request)

        let lists: [(String, String, Int)] = [
            ("--reps", request.reps, reps?.count), ("--weight", request.weight, weights?.count),
            ("--duration", request.duration, durations?.count), ("--distance", request.distance, distances?.count),
            ("--rpe", request.rpe, rpes?.count), ("--rir", request.rir, rirs?.count),
        ].compactMap { option, text, count in
            guard let text, let count, count > 1 else { return nil }
            return (option, text, count)
        }
        var count = request.sets ?? lists.first?.2 ?? 1
        if let sets = request.sets, let list = lists.first, list.2 != sets {
            throw LogInputError(
                option: list.0, value: list.1, expected: "one value, or one per set (--sets \(sets) asks for \(sets))")
        }
        for list in lists where list.2 != count {
            throw LogInputError(
                option: list.0, value: list.1,
                expected: "one value, or one per set (\(lists[0].0) \(lists[0].1) gives \(count))")
        }
        count = max(count, 1)

        func value<T>(_ list: [T]?, _ index: Int) -> T? {
            guard let list else { return nil }
            return list.count == 1 ? list[0] : list[index]
        }
        let sets = (0..<count).map { index in
            PlannedSet(
                reps: value(reps, index), weight: value(weights, index), durationS: value(durations, index),
                distanceM: value(distances, index), rpe: value(rpes, index), rir: value(rirs, index),
                kind: kind, note: request.note.flatMap { $0.isEmpty ? nil : $0 })
        }
        return RecordPlan(performedAt: try performedAt(request.at, now: now, timeZone: timeZone), sets: sets)
    }

    private static func resolvedKind(_ request: RecordRequest) throws(LogInputError) -> SetKind {
        if request.warmup, let kind = request.kind, kind != .warmup {
            throw LogInputError(
                option: "--kind", value: kind.rawValue, expected: "no --kind with --warmup, or --kind warmup")
        }
        return request.warmup ? .warmup : request.kind ?? .working
    }

    /// The time a set was done; a time outside `LoggedTimeBounds` is refused.
    static func performedAt(_ text: String?, now: Date, timeZone: TimeZone) throws(LogInputError) -> Date {
        guard let text else { return now }
        let date = try TimeExpression.parse(text, now: now, timeZone: timeZone)
        if let problem = LoggedTimeBounds.problem(with: date, now: now) {
            throw LogInputError(
                option: "--at", value: text, expected: "a time that is not \(problem) (from 1900 up to now)")
        }
        return date
    }
}

extension PlannedSet {
    /// The set as it would be stored, for a dry run.
    public var preview: LoggedSet {
        var set = LoggedSet(
            id: nil, sessionId: 0, exerciseId: 0, batchId: nil, performedAt: Date(), setNumber: 1, reps: reps,
            weightKg: nil,
            weightUnit: .kg, bodyweight: false, durationS: durationS, distanceM: distanceM, rpe: rpe, rir: rir,
            kind: kind, note: note, createdAt: Date())
        set.setWeight(weight)
        return set
    }
}

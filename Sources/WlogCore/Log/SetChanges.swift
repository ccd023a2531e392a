import Foundation

/// What `wlog edit set` changes, as typed; absent fields stay as they are.
public struct SetChanges: Sendable, Equatable {
    public var reps: String?
    public var weight: String?
    public var duration: String?
    public var distance: String?
    public var rpe: String?
    public var rir: String?
    public var kind: SetKind?
    public var note: String?
    public var at: String?

    public init(
        reps: String? = nil, weight: String? = nil, duration: String? = nil, distance: String? = nil,
        rpe: String? = nil,
        rir: String? = nil, kind: SetKind? = nil, note: String? = nil, at: String? = nil
    ) {
        self.reps = reps
        self.weight = weight
        self.duration = duration
        self.distance = distance
        self.rpe = rpe
        self.rir = rir
        self.kind = kind
        self.note = note
        self.at = at
    }

    public var isEmpty: Bool { self == SetChanges() }

    /// Checks every value and applies it to `set`; throws before changing anything if one is wrong.
    public func apply(to set: inout LoggedSet, settings: LogSettings, now: Date = Date(), timeZone: TimeZone = .current)
        throws(LogInputError)
    {
        var changed = set
        if let reps {
            guard let value = Int(reps.trimmingCharacters(in: .whitespaces)), (1...1000).contains(value) else {
                throw LogInputError(option: "--reps", value: reps, expected: "a whole number of reps from 1 to 1000")
            }
            changed.reps = value
        }
        if let weight { changed.setWeight(try WeightInput.parse(weight, defaultUnit: settings.defaultUnit)) }
        if let duration { changed.durationS = try DurationInput.parse(duration) }
        if let distance { changed.distanceM = try DistanceInput.parse(distance) }
        if let rpe { changed.rpe = try EffortInput.rpe(rpe) }
        if let rir { changed.rir = try EffortInput.rir(rir) }
        if let kind { changed.kind = kind }
        if let note { changed.note = note.isEmpty ? nil : note }
        if let at { changed.performedAt = try RecordPlan.performedAt(at, now: now, timeZone: timeZone) }
        set = changed
    }
}

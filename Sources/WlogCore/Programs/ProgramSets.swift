import Foundation

/// How heavy a set is when the program names it: a weight, or a percentage of the exercise's 1RM.
/// A set with no load takes its weight from the RPE chart (at RPE 10 when none is given).
public enum SetLoad: Hashable, Sendable {
    case weight(ProgramWeight)
    case percent(Double)

    /// `60kg`, `80%`.
    public var text: String {
        switch self {
        case .weight(let weight): weight.text
        case .percent(let percent): ProgramNumber.text(percent) + "%"
        }
    }
}

/// The parts of a set every set of a line may share (`/ 90s 70% @8`): load, RPE, rest, and the asks.
public struct SetDetails: Hashable, Sendable {
    public var load: SetLoad?
    /// Asks the lifter for the weight they used (`+` after the weight, or `?+`).
    public var asksWeight = false
    public var rpe: Double?
    /// Asks the lifter for the RPE they reached (`+` after the RPE).
    public var logsRPE = false
    /// Rest after the set, in seconds (nil: the lifter's default rest).
    public var rest: Int?
    /// How long the set itself lasts, in seconds (`60s|30s`: a 60-second set, then 30 seconds of rest).
    public var setTimer: Int?
    /// The set clock keeps running past `setTimer` until the lifter stops it (`60s+|30s`).
    public var setTimerCountsUp = false
    /// The next timed set starts on its own when the rest ends (`auto`).
    public var startsAutomatically = false

    public init(
        load: SetLoad? = nil, asksWeight: Bool = false, rpe: Double? = nil, logsRPE: Bool = false, rest: Int? = nil,
        setTimer: Int? = nil, setTimerCountsUp: Bool = false, startsAutomatically: Bool = false
    ) {
        self.load = load
        self.asksWeight = asksWeight
        self.rpe = rpe
        self.logsRPE = logsRPE
        self.rest = rest
        self.setTimer = setTimer
        self.setTimerCountsUp = setTimerCountsUp
        self.startsAutomatically = startsAutomatically
    }

    /// These details, with whatever they leave open taken from `defaults`.
    func filled(from defaults: SetDetails) -> SetDetails {
        var result = self
        if result.load == nil {
            result.load = defaults.load
            result.asksWeight = result.asksWeight || defaults.asksWeight
        }
        if result.rpe == nil {
            result.rpe = defaults.rpe
            result.logsRPE = result.logsRPE || defaults.logsRPE
        }
        if result.rest == nil { result.rest = defaults.rest }
        if result.setTimer == nil {
            result.setTimer = defaults.setTimer
            result.setTimerCountsUp = defaults.setTimerCountsUp
        }
        result.startsAutomatically = result.startsAutomatically || defaults.startsAutomatically
        return result
    }

    /// These details with everything `overrides` states replacing them.
    func overridden(by overrides: SetDetails) -> SetDetails {
        var result = self
        if let load = overrides.load {
            result.load = load
            result.asksWeight = overrides.asksWeight
        }
        if let rpe = overrides.rpe {
            result.rpe = rpe
            result.logsRPE = overrides.logsRPE
        }
        if let rest = overrides.rest { result.rest = rest }
        if let timer = overrides.setTimer {
            result.setTimer = timer
            result.setTimerCountsUp = overrides.setTimerCountsUp
        }
        result.startsAutomatically = result.startsAutomatically || overrides.startsAutomatically
        return result
    }

    var isEmpty: Bool {
        load == nil && !asksWeight && rpe == nil && !logsRPE && rest == nil && setTimer == nil && !startsAutomatically
    }
}

/// `3x8-12+ (Top) 60kg @8 90s`: some sets sharing reps and details.
public struct SetGroup: Hashable, Sendable {
    public var count: Int
    /// The reps asked for; the top of a range.
    public var reps: Int
    /// The bottom of a rep range (`3x8-12`), nil when the reps are one number.
    public var minReps: Int?
    /// As many reps as possible (`1x5+`): `reps` is the minimum.
    public var isAMRAP = false
    public var label: String?
    public var details = SetDetails()

    public init(
        count: Int, reps: Int, minReps: Int? = nil, isAMRAP: Bool = false, label: String? = nil,
        details: SetDetails = SetDetails()
    ) {
        self.count = count
        self.reps = reps
        self.minReps = minReps
        self.isAMRAP = isAMRAP
        self.label = label
        self.details = details
    }
}

/// One scheme of sets (`1x5, 3x3`); an exercise line may offer several, of which one is current.
public struct SetVariation: Hashable, Sendable {
    public var groups: [SetGroup]

    public init(groups: [SetGroup]) {
        self.groups = groups
    }

    /// The number of sets the scheme makes.
    public var setCount: Int { groups.reduce(0) { $0 + $1.count } }
}

/// A warm-up set: reps and a load, where a percentage is of the first work set's weight.
public struct WarmupGroup: Hashable, Sendable {
    public var count: Int
    public var reps: Int
    public var load: SetLoad?

    public init(count: Int, reps: Int, load: SetLoad?) {
        self.count = count
        self.reps = reps
        self.load = load
    }
}

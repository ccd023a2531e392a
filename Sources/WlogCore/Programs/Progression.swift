import Foundation

/// A step a built-in progression takes: a weight (`5lb`, `-2.5kg`) or a percentage (`5%`, of the
/// current weight). The same two shapes, and the same text, as a set's load, so one type serves both.
public typealias WeightStep = SetLoad

/// `lp(increase, increase attempts, current successes, decrease, decrease attempts, current failures)`.
public struct LinearProgression: Hashable, Sendable {
    public var increase: WeightStep
    public var increaseAttempts = 1
    /// Successful sessions counted towards the next increase.
    public var successes = 0
    public var decrease: WeightStep?
    public var decreaseAttempts = 1
    /// Failed sessions counted towards the next decrease.
    public var failures = 0

    public init(
        increase: WeightStep, increaseAttempts: Int = 1, successes: Int = 0, decrease: WeightStep? = nil,
        decreaseAttempts: Int = 1, failures: Int = 0
    ) {
        self.increase = increase
        self.increaseAttempts = increaseAttempts
        self.successes = successes
        self.decrease = decrease
        self.decreaseAttempts = decreaseAttempts
        self.failures = failures
    }
}

/// `dp(increase, min reps, max reps)`: a rep more after each success up to the top, then more weight and back down.
public struct DoubleProgression: Hashable, Sendable {
    public var increase: WeightStep
    public var minReps: Int
    public var maxReps: Int

    public init(increase: WeightStep, minReps: Int, maxReps: Int) {
        self.increase = increase
        self.minReps = minReps
        self.maxReps = maxReps
    }
}

/// `sum(reps, increase)`: more weight once the reps of all sets add up to the threshold.
public struct RepsSumProgression: Hashable, Sendable {
    public var threshold: Int
    public var increase: WeightStep

    public init(threshold: Int, increase: WeightStep) {
        self.threshold = threshold
        self.increase = increase
    }
}

/// A value a script keeps between sessions: a number, a weight or a percentage.
public enum StateValue: Hashable, Sendable {
    case number(Double)
    case weight(ProgramWeight)
    case percent(Double)

    public var text: String {
        switch self {
        case .number(let number): ProgramNumber.text(number)
        case .weight(let weight): weight.text
        case .percent(let percent): ProgramNumber.text(percent) + "%"
        }
    }
}

/// `name: value` in `custom(…)`; `name+: value` asks the lifter for it after the last set.
public struct StateVariable: Hashable, Sendable {
    public var name: String
    public var value: StateValue
    public var asksLifter = false

    public init(name: String, value: StateValue, asksLifter: Bool = false) {
        self.name = name
        self.value = value
        self.asksLifter = asksLifter
    }
}

/// The text between `{~` and `~}`, and where it starts in the program (for the script's own diagnostics).
public struct ScriptBlock: Hashable, Sendable {
    public var text: String
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// Two blocks are the same script when their text is; where they were written does not matter.
    public static func == (left: ScriptBlock, right: ScriptBlock) -> Bool { left.text == right.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// `custom(state…) {~ script ~}`.
public struct CustomProgression: Hashable, Sendable {
    public var state: [StateVariable]
    public var script: ScriptBlock

    public init(state: [StateVariable], script: ScriptBlock) {
        self.state = state
        self.script = script
    }
}

/// How an exercise's weights, reps and sets move after a session.
public enum Progression: Hashable, Sendable {
    case linear(LinearProgression)
    case double(DoubleProgression)
    case repsSum(RepsSumProgression)
    case custom(CustomProgression)

    /// The progression's kind and parameters, without the counters and state it carries.
    var shape: Progression {
        switch self {
        case .linear(var linear):
            linear.successes = 0
            linear.failures = 0
            return .linear(linear)
        case .custom(var custom):
            custom.state = custom.state.map {
                StateVariable(name: $0.name, value: .number(0), asksLifter: $0.asksLifter)
            }
            return .custom(custom)
        default:
            return self
        }
    }
}

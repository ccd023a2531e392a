import Foundation

/// What a script run needs besides its bindings: the lifter's unit, the step loadable weights
/// come in, and how much work a run may do.
public struct LiftoscriptContext: Equatable, Sendable {
    /// The most evaluation steps (statements and expression nodes) a run takes by default.
    public static let defaultStepBudget = 100_000
    /// The most sets an exercise may have after a script changes `numberOfSets`.
    public static let maximumSets = 100

    /// The unit plain numbers mean when a weight is expected, and that weights are rounded in.
    public var unit: WeightUnit
    /// The smallest loadable change of weight, in `unit` (2.5 kg or 5 lb unless told).
    public var roundingStep: Double
    /// The most evaluation steps a run may take before it stops with a diagnostic.
    public var stepBudget: Int

    public init(unit: WeightUnit, roundingStep: Double? = nil, stepBudget: Int = LiftoscriptContext.defaultStepBudget) {
        self.unit = unit
        let step = roundingStep ?? (unit == .kg ? 2.5 : 5)
        self.roundingStep = step.isFinite && step > 0 ? step : (unit == .kg ? 2.5 : 5)
        self.stepBudget = stepBudget
    }

    /// `weight` in the context's unit, rounded to the nearest loadable step.
    public func loadable(_ weight: LiftoscriptWeight) -> LiftoscriptWeight {
        let converted = weight.converted(to: unit)
        return LiftoscriptWeight((converted.value / roundingStep).rounded() * roundingStep, unit)
    }
}

/// Which sets an assignment in a progress script targets: nil means any (`*`).
public struct LiftoscriptSetTarget: Equatable, Sendable {
    public var week: Int?
    public var day: Int?
    public var setVariation: Int?
    public var set: Int?

    public init(week: Int? = nil, day: Int? = nil, setVariation: Int? = nil, set: Int? = nil) {
        self.week = week
        self.day = day
        self.setVariation = setVariation
        self.set = set
    }

    /// Whether the target covers set `set` of the given week, day and set variation.
    public func covers(week: Int, day: Int, setVariation: Int, set: Int?) -> Bool {
        (self.week ?? week) == week && (self.day ?? day) == day && (self.setVariation ?? setVariation) == setVariation
            && (self.set == nil || set == nil || self.set == set)
    }
}

/// One assignment to a per-set variable or to `numberOfSets`, as the program should apply it to
/// every targeted week, day and set variation: `weights[*:2:*:*] += 5lb`.
public struct LiftoscriptSetUpdate: Equatable, Sendable {
    public var variable: LiftoscriptVariable
    public var target: LiftoscriptSetTarget
    public var operation: LiftoscriptAssignmentOperator
    /// The right-hand side, evaluated once when the statement ran.
    public var value: LiftoscriptValue

    public init(
        variable: LiftoscriptVariable, target: LiftoscriptSetTarget, operation: LiftoscriptAssignmentOperator,
        value: LiftoscriptValue
    ) {
        self.variable = variable
        self.target = target
        self.operation = operation
        self.value = value
    }
}

/// `state[tag].name op value`: a change to the state of every exercise that carries `tag`.
public struct LiftoscriptTaggedStateUpdate: Equatable, Sendable {
    public var tag: Int
    public var name: String
    public var operation: LiftoscriptAssignmentOperator
    public var value: LiftoscriptValue

    public init(tag: Int, name: String, operation: LiftoscriptAssignmentOperator, value: LiftoscriptValue) {
        self.tag = tag
        self.name = name
        self.operation = operation
        self.value = value
    }
}

/// What a successful run leaves besides the changed bindings.
public struct LiftoscriptRunOutput: Equatable, Sendable {
    /// One line per `print(…)` call, values separated by ", ".
    public var prints: [String] = []
    /// Assignments to per-set variables and `numberOfSets`, in the order they ran.
    public var setUpdates: [LiftoscriptSetUpdate] = []
    /// Assignments to other exercises' state through tags, in the order they ran.
    public var taggedStateUpdates: [LiftoscriptTaggedStateUpdate] = []
    /// How many evaluation steps the run took.
    public var steps = 0

    /// The printed lines as one text.
    public var printedText: String { prints.joined(separator: "\n") }
}

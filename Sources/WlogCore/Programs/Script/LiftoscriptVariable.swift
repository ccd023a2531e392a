import Foundation

/// Which kind of script runs: `progress: custom() {~ ~}` after a workout changes the program;
/// `update: custom() {~ ~}` during a workout changes the sets of that workout.
public enum LiftoscriptScriptKind: String, Equatable, Sendable {
    case progress, update
}

/// A predefined variable of the language, under its canonical name (aliases such as `w`, `cr`
/// and `ns` resolve to one of these).
public enum LiftoscriptVariable: String, CaseIterable, Equatable, Hashable, Sendable {
    case weights, originalWeights, completedWeights, reps, minReps, completedReps, completedRepsLeft
    case rpe = "RPE"
    case completedRPE, timers, amraps, logrpes, askweights, setTime, completedSetTime
    case rm1, bodyweight, day, week, dayInWeek, programNumberOfSets, numberOfSets, completedNumberOfSets
    case setVariationIndex, descriptionIndex, exerciseVariationIndex, setIndex

    /// The variable a name in a script means, aliases included; nil for an unknown name.
    public static func named(_ name: String) -> LiftoscriptVariable? {
        switch name {
        case "w": .weights
        case "cw": .completedWeights
        case "r": .reps
        case "mr": .minReps
        case "cr": .completedReps
        case "ns": .numberOfSets
        default: LiftoscriptVariable(rawValue: name)
        }
    }

    /// Whether the variable holds one value per set (an array indexed from 1).
    public var isPerSet: Bool {
        switch self {
        case .weights, .originalWeights, .completedWeights, .reps, .minReps, .completedReps, .completedRepsLeft,
            .rpe, .completedRPE, .timers, .amraps, .logrpes, .askweights, .setTime, .completedSetTime:
            true
        default:
            false
        }
    }

    /// Whether a script of `kind` may assign to the variable.
    public func isWritable(in kind: LiftoscriptScriptKind) -> Bool {
        switch self {
        case .weights, .reps, .minReps, .rpe, .timers, .amraps, .logrpes, .askweights, .setTime, .rm1, .numberOfSets:
            true
        case .setVariationIndex, .descriptionIndex, .exerciseVariationIndex:
            kind == .progress
        default:
            false
        }
    }

    /// How many `[week:day:setvariation:set]` selectors an assignment may name: four for per-set
    /// variables and three for `numberOfSets` in progress scripts; one (the set) and none in
    /// update scripts, which only change the current workout.
    public func selectorLimit(in kind: LiftoscriptScriptKind) -> Int {
        switch (self, kind) {
        case (.numberOfSets, .progress): 3
        case (.numberOfSets, .update): 0
        case (_, .progress) where isPerSet: 4
        case (_, .update) where isPerSet: 1
        default: 0
        }
    }

    /// The names a script may assign to, for hints.
    public static func writableNames(in kind: LiftoscriptScriptKind) -> String {
        allCases.filter { $0.isWritable(in: kind) }.map(\.rawValue).joined(separator: ", ")
    }
}

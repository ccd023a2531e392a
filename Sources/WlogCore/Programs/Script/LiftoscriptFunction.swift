import Foundation

/// A built-in function of the script language.
public enum LiftoscriptFunction: String, CaseIterable, Equatable, Sendable {
    case rpeMultiplier, floor, ceil, round, sum, min, max, increment, decrement, sets
    case calculate1RM, calculateTrainingMax, roundWeight, roundConvertWeight, zeroOrGte, print

    /// How many arguments the function takes (the upper bound is nil for any number).
    public var arity: (minimum: Int, maximum: Int?) {
        switch self {
        case .rpeMultiplier: (1, 2)
        case .floor, .ceil, .round, .increment, .decrement, .roundWeight, .roundConvertWeight: (1, 1)
        case .sum, .min, .max: (1, nil)
        case .sets: (8, 9)
        case .calculate1RM, .calculateTrainingMax, .zeroOrGte: (2, 2)
        case .print: (0, nil)
        }
    }

    /// The argument list as a hint shows it.
    public var signature: String {
        switch self {
        case .rpeMultiplier: "rpeMultiplier(reps, rpe)"
        case .floor, .ceil, .round: "\(rawValue)(value)"
        case .sum, .min, .max: "\(rawValue)(value or array, …)"
        case .increment, .decrement, .roundWeight, .roundConvertWeight: "\(rawValue)(weight)"
        case .sets: "sets(fromIndex, toIndex, minReps, maxReps, isAmrap, weight, timer, rpe, shouldLogRpe)"
        case .calculate1RM, .calculateTrainingMax: "\(rawValue)(weight, reps)"
        case .zeroOrGte: "zeroOrGte(values, targets)"
        case .print: "print(value, …)"
        }
    }

    /// The arity in words: "1 argument", "1 or 2 arguments", "at least 1 argument".
    var arityText: String {
        let (minimum, maximum) = arity
        let noun = { (count: Int) in count == 1 ? "argument" : "arguments" }
        switch maximum {
        case nil: return "at least \(minimum) \(noun(minimum))"
        case let maximum? where maximum == minimum: return "\(minimum) \(noun(minimum))"
        case let maximum?: return "\(minimum) or \(maximum) arguments"
        }
    }
}

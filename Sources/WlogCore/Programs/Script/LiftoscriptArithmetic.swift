import Foundation

/// Why an operation could not be done: a message and a hint, placed by the evaluator.
struct LiftoscriptValueError: Error {
    var message: String
    var hint: String
}

/// The operators on values. Arrays work element by element; a comparison of arrays is true when
/// it holds for every element (`completedReps >= reps`). A plain number next to a weight means
/// that many of the weight's unit; a weight times a percentage is that share of the weight.
enum LiftoscriptArithmetic {
    /// Two numbers closer than this are equal (weights converted between units are not exact).
    static let tolerance = 1e-9

    static func apply(
        _ operation: LiftoscriptBinaryOperator, _ left: LiftoscriptValue,
        _ right: LiftoscriptValue
    ) throws(LiftoscriptValueError) -> LiftoscriptValue {
        switch (left, right) {
        case (.array(let lefts), .array(let rights)):
            guard lefts.count == rights.count else {
                throw LiftoscriptValueError(
                    message: "'\(operation.rawValue)' on arrays of \(lefts.count) and \(rights.count) values",
                    hint: "both arrays need one value per set; compare single sets with [n]")
            }
            return try combine(operation, zip(lefts, rights).map { ($0, $1) })
        case (.array(let lefts), _):
            return try combine(operation, lefts.map { ($0, right) })
        case (_, .array(let rights)):
            return try combine(operation, rights.map { (left, $0) })
        default:
            return try scalar(operation, left, right)
        }
    }

    private static func combine(
        _ operation: LiftoscriptBinaryOperator,
        _ pairs: [(LiftoscriptValue, LiftoscriptValue)]
    ) throws(LiftoscriptValueError) -> LiftoscriptValue {
        var results: [LiftoscriptValue] = []
        for (left, right) in pairs { results.append(try apply(operation, left, right)) }
        if isComparison(operation) { return .boolean(results.allSatisfy(\.isTruthy)) }
        return .array(results)
    }

    static func isComparison(_ operation: LiftoscriptBinaryOperator) -> Bool {
        switch operation {
        case .greater, .less, .greaterOrEqual, .lessOrEqual, .equal, .notEqual: true
        default: false
        }
    }

    private static func scalar(
        _ operation: LiftoscriptBinaryOperator, _ left: LiftoscriptValue,
        _ right: LiftoscriptValue
    ) throws(LiftoscriptValueError) -> LiftoscriptValue {
        if operation == .and { return .boolean(left.isTruthy && right.isTruthy) }
        if operation == .or { return .boolean(left.isTruthy || right.isTruthy) }
        if isComparison(operation) { return .boolean(try compare(operation, left, right)) }
        switch (left, right) {
        case (.number(let a), .number(let b)):
            return .number(try arithmetic(operation, a, b))
        case (.weight(let a), .weight(let b)):
            let other = b.converted(to: a.unit).value
            if operation == .divide { return .number(try arithmetic(.divide, a.value, other)) }
            guard operation != .multiply else {
                throw mismatch(operation, left, right, hint: "multiply a weight by a number or a percentage")
            }
            return .weight(try arithmetic(operation, a.value, other), a.unit)
        case (.weight(let a), .number(let b)):
            return .weight(try arithmetic(operation, a.value, b), a.unit)
        case (.number(let a), .weight(let b)):
            guard operation != .divide, operation != .remainder else {
                throw mismatch(operation, left, right, hint: "divide the weight by the number instead")
            }
            return .weight(try arithmetic(operation, a, b.value), b.unit)
        case (.weight(let a), .percentage(let p)), (.percentage(let p), .weight(let a)):
            guard operation == .multiply else {
                throw mismatch(
                    operation, left, right, hint: "a percentage is a share: write weights[1] * 80%, or rm1 * 80%")
            }
            return .weight(a.value * p / 100, a.unit)
        case (.percentage(let a), .percentage(let b)):
            if operation == .divide { return .number(try arithmetic(.divide, a, b)) }
            guard operation != .multiply else {
                throw mismatch(operation, left, right, hint: "multiply a percentage by a number")
            }
            return .percentage(try arithmetic(operation, a, b))
        case (.percentage(let a), .number(let b)):
            return .percentage(try arithmetic(operation, a, b))
        case (.number(let a), .percentage(let b)):
            guard operation != .divide, operation != .remainder else {
                throw mismatch(operation, left, right, hint: "divide the percentage by the number instead")
            }
            return .percentage(try arithmetic(operation, a, b))
        default:
            throw mismatch(operation, left, right, hint: "arithmetic works on numbers, weights and percentages")
        }
    }

    private static func arithmetic(_ operation: LiftoscriptBinaryOperator, _ a: Double, _ b: Double)
        throws(LiftoscriptValueError) -> Double
    {
        let result: Double
        switch operation {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide, .remainder:
            guard b != 0 else {
                throw LiftoscriptValueError(
                    message: operation == .divide ? "division by zero" : "remainder of a division by zero",
                    hint: "check the divisor first, e.g. if (completedReps[1] > 0) { … }")
            }
            result = operation == .divide ? a / b : a.truncatingRemainder(dividingBy: b)
        default: result = .nan
        }
        guard result.isFinite else {
            throw LiftoscriptValueError(
                message: "the result of '\(operation.rawValue)' is too large",
                hint: "keep numbers within a sensible range")
        }
        return result
    }

    private static func compare(
        _ operation: LiftoscriptBinaryOperator, _ left: LiftoscriptValue,
        _ right: LiftoscriptValue
    ) throws(LiftoscriptValueError) -> Bool {
        let pair: (Double, Double)
        switch (left, right) {
        case (.number(let a), .number(let b)), (.percentage(let a), .percentage(let b)),
            (.percentage(let a), .number(let b)), (.number(let a), .percentage(let b)):
            pair = (a, b)
        case (.weight(let a), .weight(let b)): pair = (a.value, b.converted(to: a.unit).value)
        case (.weight(let a), .number(let b)): pair = (a.value, b)
        case (.number(let a), .weight(let b)): pair = (a, b.value)
        case (.boolean(let a), .boolean(let b)) where operation == .equal || operation == .notEqual:
            return (a == b) == (operation == .equal)
        default:
            throw mismatch(
                operation, left, right,
                hint: "compare numbers with numbers, weights with weights, percentages with percentages")
        }
        let (a, b) = pair
        let equal = abs(a - b) <= tolerance * max(1, abs(a), abs(b))
        switch operation {
        case .equal: return equal
        case .notEqual: return !equal
        case .greater: return a > b && !equal
        case .less: return a < b && !equal
        case .greaterOrEqual: return a > b || equal
        default: return a < b || equal
        }
    }

    private static func mismatch(
        _ operation: LiftoscriptBinaryOperator, _ left: LiftoscriptValue,
        _ right: LiftoscriptValue, hint: String
    ) -> LiftoscriptValueError {
        LiftoscriptValueError(
            message: "cannot use '\(operation.rawValue)' on \(left.typeName) and \(right.typeName)", hint: hint)
    }
}

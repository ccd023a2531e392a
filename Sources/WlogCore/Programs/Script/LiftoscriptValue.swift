import Foundation

/// A weight with its unit, as a script sees it (`5lb`, `100kg`).
public struct LiftoscriptWeight: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The amount in `unit`.
    public var value: Double
    /// The unit the amount is in.
    public var unit: WeightUnit

    public init(_ value: Double, _ unit: WeightUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same weight in `target` units (exact conversion, no rounding).
    public func converted(to target: WeightUnit) -> LiftoscriptWeight {
        guard target != unit else { return self }
        return LiftoscriptWeight(value * unit.kilograms / target.kilograms, target)
    }

    /// `100kg`, `2.5lb`.
    public var description: String { NumberText.plain(value) + unit.rawValue }
}

/// A value a Liftoscript expression yields: a number, a weight, a percentage (of 1RM), a
/// truth value, or an array (a per-set variable such as `reps`).
public enum LiftoscriptValue: Equatable, Sendable, CustomStringConvertible {
    case number(Double)
    case weight(LiftoscriptWeight)
    case percentage(Double)
    case boolean(Bool)
    case array([LiftoscriptValue])

    /// A weight value from an amount and a unit.
    public static func weight(_ value: Double, _ unit: WeightUnit) -> LiftoscriptValue {
        .weight(LiftoscriptWeight(value, unit))
    }

    /// The value as `print` shows it: `5`, `2.5kg`, `80%`, `true`, `[1, 2]`.
    public var description: String {
        switch self {
        case .number(let value): NumberText.plain(value)
        case .weight(let weight): weight.description
        case .percentage(let value): NumberText.plain(value) + "%"
        case .boolean(let value): value ? "true" : "false"
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// The kind of value, as error messages name it.
    public var typeName: String {
        switch self {
        case .number: "a number"
        case .weight: "a weight"
        case .percentage: "a percentage"
        case .boolean: "a true/false value"
        case .array: "an array"
        }
    }

    /// The truth of a condition: booleans as they are, numbers, weights and percentages when not
    /// zero, arrays when every element is true.
    public var isTruthy: Bool {
        switch self {
        case .boolean(let value): value
        case .number(let value), .percentage(let value): value != 0
        case .weight(let weight): weight.value != 0
        case .array(let values): values.allSatisfy(\.isTruthy)
        }
    }

    /// Whether every number inside is finite.
    var isFinite: Bool {
        switch self {
        case .number(let value), .percentage(let value): value.isFinite
        case .weight(let weight): weight.value.isFinite
        case .boolean: true
        case .array(let values): values.allSatisfy(\.isFinite)
        }
    }
}

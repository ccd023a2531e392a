import Foundation

/// Converts between the program's values and the script evaluator's.
enum ScriptValues {
    static func value(_ state: StateValue) -> LiftoscriptValue {
        switch state {
        case .number(let number): .number(number)
        case .weight(let weight): .weight(weight.value, weight.unit)
        case .percent(let percent): .percentage(percent)
        }
    }

    /// A state value from a script's, if it is a finite number, weight or percentage.
    static func stateValue(_ value: LiftoscriptValue) -> StateValue? {
        switch value {
        case .number(let number) where number.isFinite && abs(number) < 1e9: .number(rounded(number))
        case .weight(let weight) where weight.value.isFinite && abs(weight.value) < 1e9:
            .weight(ProgramWeight(rounded(weight.value), weight.unit))
        case .percentage(let percent) where percent.isFinite && abs(percent) < 1e9: .percent(rounded(percent))
        case .boolean(let flag): .number(flag ? 1 : 0)
        default: nil
        }
    }

    /// Four decimals, as the program text keeps them.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func value(_ load: SetLoad) -> LiftoscriptValue {
        switch load {
        case .weight(let weight): .weight(weight.value, weight.unit)
        case .percent(let percent): .percentage(percent)
        }
    }

    /// `current op value` as the script language computes it; nil when the values do not combine.
    /// A percentage meeting a weight is first made a weight of the 1RM, when one is known.
    static func combine(
        _ current: LiftoscriptValue, _ operation: LiftoscriptAssignmentOperator, _ value: LiftoscriptValue,
        oneRepMax: ProgramWeight?
    ) -> LiftoscriptValue? {
        guard let arithmetic = operation.arithmetic else { return value }
        var left = current
        if case .percentage(let share) = current, case .weight = value, [.add, .subtract].contains(operation) {
            guard let oneRepMax else { return nil }
            left = .weight(oneRepMax.value * share / 100, oneRepMax.unit)
        }
        return try? LiftoscriptArithmetic.apply(arithmetic, left, value)
    }

    /// A set's load from a script value: a weight or percentage, never negative nor infinite; a number is in `unit`.
    static func load(_ value: LiftoscriptValue, unit: WeightUnit) -> SetLoad? {
        let limit = SetSectionParser.maximumLoad
        return switch value {
        case .weight(let weight) where weight.value.isFinite && weight.value <= limit:
            .weight(ProgramWeight(rounded(max(0, weight.value)), weight.unit))
        case .percentage(let percent) where percent.isFinite && percent <= limit: .percent(rounded(max(0, percent)))
        case .number(let number) where number.isFinite && number <= limit:
            .weight(ProgramWeight(rounded(max(0, number)), unit))
        default: nil
        }
    }

    /// A whole number from a script value (numbers and truth values), within `range`.
    static func whole(_ value: LiftoscriptValue, in range: ClosedRange<Int>) -> Int? {
        let number: Double
        switch value {
        case .number(let value): number = value
        case .boolean(let flag): number = flag ? 1 : 0
        default: return nil
        }
        // A finite Double past Int's range traps on conversion: a script may write any number
        // to another week's sets, which today's run does not check.
        guard number.isFinite, abs(number) < 1e9 else { return nil }
        return min(max(Int(number.rounded()), range.lowerBound), range.upperBound)
    }
}

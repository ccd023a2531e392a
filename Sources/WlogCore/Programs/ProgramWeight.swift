import Foundation

/// A weight written in a program or computed from one: a value and its unit, never converted behind the reader's back.
public struct ProgramWeight: Hashable, Sendable, Codable {
    public var value: Double
    public var unit: WeightUnit

    public init(_ value: Double, _ unit: WeightUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same weight in `unit`.
    public func converted(to target: WeightUnit) -> ProgramWeight {
        target == unit ? self : ProgramWeight(value * unit.kilograms / target.kilograms, target)
    }

    /// Rounded to the nearest loadable step of its unit (2.5 kg, 5 lb), never below zero.
    public var loadable: ProgramWeight {
        let step = ProgramWeight.loadingStep(unit)
        let steps = (value / step).rounded()
        return ProgramWeight(max(0, steps * step), unit)
    }

    /// Whether the weight is one a lifter can load: finite, not negative, a whole number of steps.
    public var isLoadable: Bool {
        guard value.isFinite, value >= 0 else { return false }
        let steps = value / ProgramWeight.loadingStep(unit)
        return abs(steps - steps.rounded()) < 1e-9
    }

    /// The smallest change a lifter can load, until plates are configured (part 2).
    public static func loadingStep(_ unit: WeightUnit) -> Double {
        unit == .kg ? 2.5 : 5
    }

    /// `60kg`, `62.5kg`, `135lb`: the Liftoscript spelling.
    public var text: String { ProgramNumber.text(value) + unit.rawValue }

    public static func + (left: ProgramWeight, right: ProgramWeight) -> ProgramWeight {
        ProgramWeight(left.value + right.converted(to: left.unit).value, left.unit)
    }
}

/// Numbers as Liftoscript writes them: no trailing `.0`, at most four decimals.
enum ProgramNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.4f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

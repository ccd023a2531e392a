import Foundation

/// The ends of a chart's value axis, moved out to round values a person would draw: whole
/// reps, 1-2-2.5-5 steps of the unit shown (kilograms or pounds, metres), and whole seconds,
/// minutes or hours for time (`2m30s`, not `2m6s`).
enum AxisTicks {
    /// What the axis measures, and so which values are round.
    enum Kind {
        /// A count, such as reps: whole numbers.
        case count
        /// A quantity shown in units of `unitSize` (a pound is 0.45359237 kg).
        case quantity(unitSize: Double)
        /// Seconds, shown as `1m30s`.
        case seconds
    }

    /// How many steps an axis spans at most, roughly.
    static let steps = 4.0
    /// Round steps of time, in seconds.
    static let timeSteps: [Double] = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 36000]

    /// `low` and `high` widened to round values of `kind`: `low` down, `high` up, to multiples
    /// of one round step, and never the same value.
    static func range(low: Double, high: Double, kind: Kind) -> (low: Double, high: Double) {
        let size: Double
        switch kind {
        case .count, .seconds: size = 1
        case .quantity(let unitSize): size = unitSize > 0 ? unitSize : 1
        }
        let lowShown = low / size
        let highShown = max(high, low) / size
        let round = Self.step(for: (highShown - lowShown) / steps, kind: kind)
        let start = (lowShown / round).rounded(.down) * round
        var end = (highShown / round).rounded(.up) * round
        if end <= start { end = start + round }
        return (max(0, start) * size, end * size)
    }

    /// The smallest round step at least `raw`.
    static func step(for raw: Double, kind: Kind) -> Double {
        switch kind {
        case .seconds:
            return timeSteps.first { $0 >= raw } ?? (raw / 36000).rounded(.up) * 36000
        case .count:
            return max(1, decimalStep(for: raw))
        case .quantity:
            return decimalStep(for: raw)
        }
    }

    /// 1, 2, 2.5 or 5 times a power of ten, the smallest at least `raw`.
    static func decimalStep(for raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        return [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= raw * (1 - 1e-12) } ?? 10 * power
    }
}

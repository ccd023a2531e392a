import Foundation

/// A bar and the plates a lifter has, in one unit: what loads a weight.
public struct PlateSet: Hashable, Sendable, Codable {
    public var unit: WeightUnit
    public var bar: Double
    /// The plate sizes, heaviest first; each may be used as many times as needed, in pairs.
    public var plates: [Double]

    public init(unit: WeightUnit, bar: Double, plates: [Double]) {
        self.unit = unit
        self.bar = bar
        self.plates = plates.filter { $0 > 0 && $0.isFinite }.sorted(by: >)
    }

    /// A 20 kg bar with 25, 20, 15, 10, 5, 2.5 and 1.25 kg plates; a 45 lb bar with 45, 35, 25, 10, 5 and 2.5 lb plates.
    public static func standard(_ unit: WeightUnit) -> PlateSet {
        unit == .kg
            ? PlateSet(unit: .kg, bar: 20, plates: [25, 20, 15, 10, 5, 2.5, 1.25])
            : PlateSet(unit: .lb, bar: 45, plates: [45, 35, 25, 10, 5, 2.5])
    }

    /// The heaviest total this set is asked to load.
    public static let maximumTotal = 1_000.0

    /// The loadable weight closest to `target` (the lighter one on a tie), with the plates on each side.
    public func load(_ target: Double) -> PlateLoading {
        let grain = 100.0
        let perSide = max(0, (target - bar) / 2)
        guard target.isFinite, !plates.isEmpty, perSide > 0 else {
            return PlateLoading(target: target, total: bar, unit: unit, perSide: [])
        }
        let sizes = plates.map { Int(($0 * grain).rounded()) }.filter { $0 > 0 }
        let wanted = Int((min(perSide, Self.maximumTotal / 2) * grain).rounded())
        let limit = wanted + (sizes.max() ?? 0)
        // fewest[s]: the fewest plates making s hundredths a side; the last plate added, to read them back.
        var fewest = [Int](repeating: .max, count: limit + 1)
        var lastPlate = [Int](repeating: 0, count: limit + 1)
        fewest[0] = 0
        for amount in 1...limit {
            for size in sizes
            where size <= amount && fewest[amount - size] != .max && fewest[amount - size] + 1 < fewest[amount] {
                fewest[amount] = fewest[amount - size] + 1
                lastPlate[amount] = size
            }
        }
        var best = 0
        for amount in 0...limit where fewest[amount] != .max && abs(amount - wanted) < abs(best - wanted) {
            best = amount
        }
        var side: [Double] = []
        var left = best
        while left > 0 {
            side.append(Double(lastPlate[left]) / grain)
            left -= lastPlate[left]
        }
        return PlateLoading(
            target: target, total: bar + 2 * Double(best) / grain, unit: unit, perSide: side.sorted(by: >))
    }
}

/// The plates for one weight: what goes on each side, and the total that makes.
public struct PlateLoading: Hashable, Sendable, Codable {
    public var target: Double
    /// The weight loaded: the bar and both sides.
    public var total: Double
    public var unit: WeightUnit
    /// The plates on each side, heaviest first.
    public var perSide: [Double]

    /// Whether the total is the target.
    public var isExact: Bool { abs(total - target) < 0.001 }

    /// `25 + 10 + 2.5`, or `bar only`.
    public var platesText: String {
        perSide.isEmpty ? "bar only" : perSide.map { ProgramNumber.text($0) }.joined(separator: " + ")
    }
}

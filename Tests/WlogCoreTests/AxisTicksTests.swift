import Foundation
import Testing

@testable import WlogCore

/// Chart axes end on values a person would draw: whole reps, round loads in the unit shown,
/// whole minutes or round seconds.
@Suite struct AxisTicksTests {
    @Test func countsEndOnWholeNumbers() {
        let ends = AxisTicks.range(low: 11.76, high: 13.26, kind: .count)
        #expect(ends == (11, 14))
        #expect(AxisTicks.range(low: 0, high: 3, kind: .count) == (0, 3))
        #expect(AxisTicks.range(low: 0, high: 0, kind: .count) == (0, 1))
    }

    @Test func timeEndsOnRoundSecondsAndMinutes() {
        let ends = AxisTicks.range(low: 0, high: 126, kind: .seconds)
        #expect(ends == (0, 180))
        #expect(DurationInput.format(ends.high) == "3m")
        #expect(AxisTicks.range(low: 100, high: 1300, kind: .seconds) == (0, 1500))
        #expect(AxisTicks.range(low: 40, high: 47, kind: .seconds) == (40, 48))
    }

    @Test func loadsEndOnRoundValuesOfTheUnitShown() {
        let pound = WeightUnit.lb.kilograms
        let ends = AxisTicks.range(low: 99.3, high: 131.7, kind: .quantity(unitSize: pound))
        #expect(abs(ends.low / pound - 200) < 1e-9 && abs(ends.high / pound - 300) < 1e-9)
        #expect(AxisTicks.range(low: 0, high: 2437, kind: .quantity(unitSize: 1)) == (0, 3000))
        #expect(AxisTicks.range(low: 81.2, high: 99.2, kind: .quantity(unitSize: 1)) == (80, 100))
    }
}

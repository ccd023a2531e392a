import Testing

@testable import WlogCore

/// Block-character trends, scaled by hand.
@Suite struct SparklineTests {
    @Test func heightsFromAFloor() {
        // Span 8: 1 → 0.875 → ▂, 2 → 1.75 → ▃, 8 → 7 → █; nil is a gap.
        #expect(Sparkline.render([1, 2, nil, 8], floor: 0) == "▂▃ █")
        #expect(Sparkline.render([0, 0], floor: 0) == "▁▁")
    }

    @Test func heightsFromTheSmallestValue() {
        #expect(Sparkline.render([90, 95, 100]) == "▁▅█")  // 95 → 3.5 → 4
        #expect(Sparkline.render([5, 5]) == "▄▄")
        #expect(Sparkline.render([nil, nil]) == "  ")
        #expect(Sparkline.render([]).isEmpty)
    }
}

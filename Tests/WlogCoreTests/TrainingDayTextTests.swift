import Foundation
import Testing

@testable import WlogCore

/// A day's text is written without `String(format:)`, digit for digit as it wrote it.
@Suite struct TrainingDayTextTests {
    @Test func digitsAreWrittenAsPrintfWritesThem() {
        for value in [-12_345, -100, -5, 0, 1, 9, 10, 99, 100, 999, 2026, 12_345] {
            for width in [2, 4] {
                #expect(TrainingDay.digits(value, width) == String(format: "%0\(width)d", value), "\(value) \(width)")
            }
        }
    }

    @Test func aDayIsWrittenYearMonthDay() {
        #expect(TrainingDay(year: 2026, month: 3, day: 7).text == "2026-03-07")
        #expect(TrainingDay(year: 987, month: 12, day: 31).text == "0987-12-31")
        #expect(TrainingDay(ordinal: 0).text == "1970-01-01")
    }
}

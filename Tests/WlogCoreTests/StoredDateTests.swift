import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `StoredTime.date(stored:)` reads a stored time as GRDB does, to the bit: across the years a
/// log may hold and near the reference date, every millisecond of a second, and the texts it leaves to GRDB.
@Suite struct StoredDateTests {
    /// The date GRDB reads from `text`.
    static func grdbDate(_ text: String) -> Date? {
        Date.fromDatabaseValue(text.databaseValue)
    }

    @Test func everyStoredTimeReadsAsGRDBReadsIt() throws {
        var generator = SystemRandomNumberGenerator()
        var times: [Date] = (0..<1000).map { Date(timeIntervalSince1970: Double($0) / 1000 + 1_700_000_000.5) }
        // Near the reference date (2001-01-01) the last bit depends on the order of the sum.
        for _ in 0..<20_000 {
            let seconds = Double.random(in: 946_684_800..<1_041_379_200, using: &generator).rounded(.down)
            times.append(
                Date(timeIntervalSince1970: seconds + Double(Int.random(in: 0..<1000, using: &generator)) / 1000))
        }
        let first = -11_000_000_000.0  // 1621
        let last = 7_000_000_000.0  // 2191
        for _ in 0..<100_000 {
            let seconds = Double.random(in: first..<last, using: &generator).rounded(.down)
            times.append(
                Date(timeIntervalSince1970: seconds + Double(Int.random(in: 0..<1000, using: &generator)) / 1000))
        }
        var differing: [String] = []
        for time in times {
            guard case .string(let text) = time.databaseValue.storage else {
                Issue.record("\(time) is not stored as text")
                continue
            }
            let expected = try #require(Self.grdbDate(text))
            let read = StoredTime.date(stored: text)
            if read != expected
                || read?.timeIntervalSinceReferenceDate.bitPattern
                    != expected.timeIntervalSinceReferenceDate.bitPattern
            {
                differing.append(
                    "\(text): \(String(describing: read?.timeIntervalSinceReferenceDate)) instead of \(expected.timeIntervalSinceReferenceDate)"
                )
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(3))")
    }

    @Test func otherTextsAreLeftToGRDB() {
        for text in [
            "2026-11-23 17:00:00", "2026-11-23T17:00:00.000", "2026-02-30 10:00:00.000", "2026-13-01 10:00:00.000",
            "1500-06-01 10:00:00.000", "2026-11-23 24:00:00.000", "2026-11-23 17:00:0x.000", "",
        ] {
            #expect(StoredTime.date(stored: text) == nil, "\(text)")
        }
        #expect(StoredTime.date(stored: "2024-02-29 23:59:59.999") == Self.grdbDate("2024-02-29 23:59:59.999"))
    }
}

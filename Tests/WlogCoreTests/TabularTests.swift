import Foundation
import Testing

@testable import WlogCore

/// Tables pad each cell as `NSString.padding(toLength:withPad:startingAt:)` did, UTF-16 units
/// included, so the faster padding changes no table.
@Suite struct TabularTests {
    @Test(arguments: ["", "bench", "Développé couché", "深蹲", "💪 curl", "e\u{301}x", "🏋️‍♀️"])
    func cellsArePaddedAsNSStringPadsThem(cell: String) {
        for width in 0...20 {
            #expect(
                Tabular.padded(cell, to: width) == cell.padding(toLength: width, withPad: " ", startingAt: 0),
                "\(cell) to \(width)")
        }
    }

    @Test func aTableAlignsItsColumns() {
        let table = Tabular(headers: ["exercise", "best"], rows: [["bench", "100 kg"], ["深蹲", "5"]]).table()
        #expect(table == "exercise  best\n--------  ------\nbench     100 kg\n深蹲        5\n")
    }
}

import Foundation
import Testing

@testable import WlogCore

/// The fast trimming of cells gives what Foundation's trimming gives, for every kind of edge.
@Suite struct CellTrimmingTests {
    static let cells = [
        "", " ", "\t", "\n", "a", "ab", " a", "a ", " a ", "\ta\t", "a\n", "\na", "\r\na b\r\n",
        "Bench Press (Barbell)",
        "\u{00A0}a", "a\u{202F}", "\u{2003}a\u{3000}", "\u{0085}a", "a\u{000B}", "\u{000C}a", "é", " é ", "\"x\"",
        "~", "!", "a\u{00A0}b", "\u{7F}", "\u{1F}a",
    ]

    @Test(arguments: cells) func sameAsFoundation(_ cell: String) {
        #expect(CellTrimming.trimmed(cell, newlines: false) == cell.trimmingCharacters(in: .whitespaces))
        #expect(CellTrimming.trimmed(cell, newlines: true) == cell.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

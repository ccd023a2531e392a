import Foundation
import Testing

@testable import WlogCore

/// Issue 10, item 13: no CSV cell wlog writes starts a spreadsheet formula, and reading the CSV
/// back gives the text that was stored.
@Suite struct SpreadsheetCellTests {
    static let cases: [(String, String)] = [
        ("=1+2", "'=1+2"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\r\nx", "'\r\nx"), ("'=x", "''=x"), ("''@x", "'''@x"),
        // Left as they are: plain numbers (a negative number is a number), and text that starts no formula.
        ("-12.5", "-12.5"), ("-5", "-5"), ("40", "40"), ("'quoted", "'quoted"), ("a=b", "a=b"), ("", ""), ("'", "'"),
    ]

    @Test(arguments: cases)
    func cellsThatStartAFormulaGetAQuote(text: String, cell: String) {
        #expect(SpreadsheetCell.neutralised(text) == cell)
        #expect(SpreadsheetCell.restored(cell) == text)
    }

    @Test func neutralisedCellsAlwaysComeBackAsTheyWere() {
        let pieces = ["'", "=", "+", "-", "@", "\t", "\r", "1", ".", "a", " "]
        var texts = [""]
        for _ in 0..<4 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in texts {
            let cell = SpreadsheetCell.neutralised(text)
            #expect(SpreadsheetCell.restored(cell) == text, "\(text.debugDescription)")
            let first = cell.first { $0 != "'" }
            #expect(
                cell.first == "'" || first.map { !SpreadsheetCell.formulaStarts.contains($0) } ?? true
                    || ExportCells.decimal(cell, decimalComma: false) != nil, "\(cell.debugDescription)")
        }
    }

    @Test func tabularCSVNeutralisesEveryCell() throws {
        let csv = try Tabular(headers: ["a", "b"], rows: [["=HYPERLINK(\"x\")", "-3"], ["@SUM(1)", "ok"]]).csv()
        #expect(csv == "a,b\n\"'=HYPERLINK(\"\"x\"\")\",-3\n'@SUM(1),ok\n")
    }
}

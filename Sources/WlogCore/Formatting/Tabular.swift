import Foundation

/// Rows of text with a header, written as an aligned table for people or as CSV for scripts.
public struct Tabular: Sendable, Equatable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    /// Columns padded to their widest cell, a rule under the header, no trailing spaces; each cell
    /// shown as one line of terminal-safe text (`TerminalText.cell`).
    public func table() -> String {
        let headers = self.headers.map(TerminalText.cell)
        let rows = self.rows.map { $0.map(TerminalText.cell) }
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingWhitespace()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header row; no cell starts a spreadsheet formula (`SpreadsheetCell`).
    public func csv() throws -> String {
        var text = ""
        for row in [headers] + rows { CSVLine.appendLine(row, to: &text) }
        return text
    }
}

/// JSON for scripts: pretty-printed, keys sorted, so output is stable.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

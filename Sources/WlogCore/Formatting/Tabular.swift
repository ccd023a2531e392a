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
                Self.padded(cell, to: widths[index])
            }.joined(separator: "  ").trimmingTrailingWhitespace()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `cell` padded with spaces to `width` UTF-16 units, as `padding(toLength:withPad:startingAt:)`
    /// pads it; a cell that fits is padded without a round trip through `NSString`, which cost
    /// more than the rest of a table.
    static func padded(_ cell: String, to width: Int) -> String {
        let length = cell.utf16.count
        guard length <= width else { return cell.padding(toLength: width, withPad: " ", startingAt: 0) }
        return cell + String(repeating: " ", count: width - length)
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

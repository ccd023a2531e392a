/// The one writer of CSV cells: each cell neutralised (`SpreadsheetCell`), then quoted as
/// RFC 4180 asks when it holds a comma, a quote or a line break. Tables and streamed exports
/// both write their lines through it.
public enum CSVLine {
    /// One record, without its line break.
    public static func text(_ cells: [String]) -> String {
        var line = ""
        append(cells, to: &line)
        return line
    }

    /// Appends one record and its line break to `output`.
    static func appendLine(_ cells: [String], to output: inout String) {
        append(cells, to: &output)
        output.append("\n")
    }

    private static func append(_ cells: [String], to output: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(",") }
            appendCell(cell, to: &output)
        }
    }

    /// Appends one cell, neutralised and quoted when it needs to be.
    static func appendCell(_ cell: String, to output: inout String) {
        let safe = SpreadsheetCell.neutralised(cell)
        if safe.utf8.contains(where: {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }) {
            output.append("\"")
            output.append(safe.replacingOccurrences(of: "\"", with: "\"\""))
            output.append("\"")
        } else {
            output.append(safe)
        }
    }
}

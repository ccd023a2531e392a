/// CSV cells that a spreadsheet opens as text, never as a formula: every CSV wlog writes goes
/// through `neutralised`, and every CSV it reads through `restored`, so a cell comes back as it was.
///
/// A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return (after any
/// leading single quotes) gets one single quote in front, as spreadsheet-safe exporters do; a
/// spreadsheet shows the quote-prefixed text as text. A plain number such as `-12.5` is left as it
/// is: a spreadsheet reads it as the number it is, and scripts expect numbers in number columns.
/// Counting the leading quotes makes the mapping reversible: `'=x` (typed by a user) goes out as
/// `''=x` and comes back as `'=x`.
public enum SpreadsheetCell {
    /// The characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// `text` as a CSV cell that cannot start a formula.
    public static func neutralised(_ text: String) -> String {
        guard startsFormula(afterQuotes: text), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// The text of a cell that `neutralised` may have written.
    public static func restored(_ cell: String) -> String {
        guard cell.first == "'", startsFormula(afterQuotes: cell) else { return cell }
        return String(cell.dropFirst())
    }

    private static func startsFormula(afterQuotes text: String) -> Bool {
        text.first { $0 != "'" }.map(formulaStarts.contains) ?? false
    }

    /// `-12`, `-12.5`: an optional minus, digits, at most one point between digits.
    private static func isPlainNumber(_ text: String) -> Bool {
        ExportCells.decimal(text, decimalComma: false) != nil
    }
}

import Foundation

/// A cell without the white space around it, as Foundation's `trimmingCharacters` gives it, with a
/// fast path for the usual cell that starts and ends with a visible ASCII character: it comes back
/// as it is, with no copy. An import trims every cell of every row, and Foundation's trimming (a
/// bridge through `NSString`) was a tenth of a large Strong import.
enum CellTrimming {
    /// `cell` trimmed of `.whitespaces`, or of `.whitespacesAndNewlines` when `newlines` is set.
    static func trimmed(_ cell: String, newlines: Bool) -> String {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return cell }
        if isVisibleASCII(first), isVisibleASCII(last) { return cell }
        return cell.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }

    /// An ASCII character that neither set holds: anything from `!` to `~`.
    private static func isVisibleASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value < 0x7F
    }
}

import Foundation

/// The columns of the row an export is writing, read by position straight from the store's
/// current row: numbers without conversion, text as the stored bytes (valid only during `body`),
/// so that writing a set allocates nothing. The writers are pure; the store supplies the rows.
protocol ExportColumns {
    /// The whole number at `column`, nil when NULL.
    func integer(_ column: Int) throws -> Int64?
    /// The number at `column`, nil when NULL.
    func real(_ column: Int) throws -> Double?
    /// Calls `body` with the stored text of `column` (nil when NULL).
    func withText<T>(_ column: Int, _ body: (UnsafeRawBufferPointer?) throws -> T) throws -> T
    /// The text of `column` read as the store reads it, nil when NULL.
    func string(_ column: Int) throws -> String?
    /// The time at `column` read as the store reads dates, nil when NULL.
    func date(_ column: Int) throws -> Date?
}

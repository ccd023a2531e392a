import Foundation
import GRDB
import GRDBSQLite

/// The current row of an export's statement as the export writers read it: numbers and text
/// straight from SQLite's column functions, with GRDB's conversions (NULL is nil, a number is
/// `sqlite3_column_int64` or `sqlite3_column_double`, text its stored bytes). GRDB's
/// `Row.withUnsafeData` wraps each text in a `Data` first, which took a third of a JSON export
/// (measured with perf); the rare text that needs decoding still goes through GRDB's row.
struct StatementColumns: ExportColumns {
    /// The statement's current row, for the decoding GRDB does (text, dates).
    let row: Row
    /// The statement the cursor of `row` steps.
    let handle: SQLiteStatement

    init(_ statement: Statement, row: Row) {
        self.row = row
        handle = statement.sqliteStatement
    }

    func integer(_ column: Int) -> Int64? {
        isNull(column) ? nil : sqlite3_column_int64(handle, CInt(column))
    }

    func real(_ column: Int) -> Double? {
        isNull(column) ? nil : sqlite3_column_double(handle, CInt(column))
    }

    /// The stored bytes as `sqlite3_column_blob` gives them (text as it is stored, UTF-8), valid
    /// until the cursor steps; an empty text is an empty buffer.
    func withText<T>(_ column: Int, _ body: (UnsafeRawBufferPointer?) throws -> T) rethrows -> T {
        guard !isNull(column) else { return try body(nil) }
        guard let bytes = sqlite3_column_blob(handle, CInt(column)) else {
            return try body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, CInt(column)))))
    }

    func string(_ column: Int) throws -> String? {
        try row.decode(String?.self, atIndex: column)
    }

    func date(_ column: Int) throws -> Date? {
        try row.decode(Date?.self, atIndex: column)
    }

    private func isNull(_ column: Int) -> Bool {
        sqlite3_column_type(handle, CInt(column)) == SQLITE_NULL
    }
}

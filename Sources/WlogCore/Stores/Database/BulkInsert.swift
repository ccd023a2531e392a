import GRDB
import GRDBSQLite

/// Rows for one table, collected and then inserted with multi-row `INSERT` statements: a bulk
/// write runs one cached statement per few hundred values instead of one per row.
///
/// The values are bound with SQLite's own `sqlite3_bind_*` functions on GRDB's prepared
/// statement: building GRDB `StatementArguments` for millions of values took a fifth of a
/// 10,000-document import (measured with perf).
struct BulkInsert {
    /// The most values one statement binds: SQLite's smallest `SQLITE_MAX_VARIABLE_NUMBER`.
    private static let maximumValues = 999

    private let prefix: String
    private let columnCount: Int
    private let rowsPerStatement: Int
    private let fullStatementSQL: String
    private var values: [DatabaseValue] = []

    init(into table: String, columns: [String]) {
        prefix = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        columnCount = columns.count
        rowsPerStatement = max(1, Self.maximumValues / columns.count)
        fullStatementSQL = Self.sql(prefix: prefix, columnCount: columnCount, rows: rowsPerStatement)
    }

    /// Adds the next value; a row is its table's columns, in order.
    mutating func add(_ value: DatabaseValue) {
        values.append(value)
    }

    mutating func add(_ number: Int64) {
        values.append(number.databaseValue)
    }

    mutating func add(_ number: Int) {
        add(Int64(number))
    }

    mutating func add(_ text: String?) {
        values.append(text?.databaseValue ?? .null)
    }

    /// Inserts the rows added so far and forgets them: full statements first, then what is left
    /// in statements of 128, 64, … 1 rows, so a handful of statements serve every flush.
    mutating func flush(_ db: Database) throws {
        assert(values.count % columnCount == 0, "\(values.count) values for rows of \(columnCount) columns")
        let rowCount = values.count / columnCount
        var first = 0
        while first < rowCount {
            let left = rowCount - first
            let count = left >= rowsPerStatement ? rowsPerStatement : 1 << (Int.bitWidth - 1 - left.leadingZeroBitCount)
            let sql =
                count == rowsPerStatement
                ? fullStatementSQL : Self.sql(prefix: prefix, columnCount: columnCount, rows: count)
            try execute(
                db.cachedStatement(sql: sql), values: values[(first * columnCount)..<((first + count) * columnCount)],
                in: db)
            first += count
        }
        values.removeAll(keepingCapacity: true)
    }

    private func execute(_ statement: Statement, values: ArraySlice<DatabaseValue>, in db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in zip(Int32(1)..., values) {
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(handle, offset)
            case .int64(let number): code = sqlite3_bind_int64(handle, offset, number)
            case .double(let number): code = sqlite3_bind_double(handle, offset, number)
            // As a C string, as GRDB binds text everywhere else (a NUL ends it).
            case .string(let text): code = text.withCString { sqlite3_bind_text(handle, offset, $0, -1, transient) }
            case .blob(let data):
                code = data.withUnsafeBytes {
                    sqlite3_bind_blob(handle, offset, $0.baseAddress, Int32($0.count), transient)
                }
            }
            guard code == SQLITE_OK else { throw failure(code, statement, db) }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw failure(code, statement, db) }
    }

    private func failure(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    private static func sql(prefix: String, columnCount: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columnCount).joined(separator: ", ") + ")"
        return prefix + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}

/// SQLite's `SQLITE_TRANSIENT`: the value is copied before the bind call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

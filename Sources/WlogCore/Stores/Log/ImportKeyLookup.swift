import GRDB

/// Which of a file's import keys a table already holds, looked up through the table's unique
/// import-key index a few hundred keys at a time: the work and memory grow with the file, not with
/// the log.
enum ImportKeyLookup {
    /// The most keys one lookup binds (below SQLite's smallest `SQLITE_MAX_VARIABLE_NUMBER`).
    private static let keysPerLookup = 500

    /// The keys among `keys` that a row of `table` (`logged_set` or `workout_session`) carries.
    static func present(_ keys: [Int64], in table: String, db: Database) throws -> Set<Int64> {
        var present: Set<Int64> = []
        var first = keys.startIndex
        while first < keys.endIndex {
            let chunk = keys[first..<min(first + keysPerLookup, keys.endIndex)]
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let statement = try db.cachedStatement(
                sql: "SELECT import_key FROM \(table) WHERE import_key IS NOT NULL AND import_key IN (\(placeholders))")
            present.formUnion(try Int64.fetchAll(statement, arguments: StatementArguments(Array(chunk))))
            first = chunk.endIndex
        }
        return present
    }

    /// The ids of the rows of `table` that carry one of `keys`, by key.
    static func rows(_ keys: [Int64], in table: String, db: Database) throws -> [Int64: Int64] {
        var rows: [Int64: Int64] = [:]
        var first = keys.startIndex
        while first < keys.endIndex {
            let chunk = keys[first..<min(first + keysPerLookup, keys.endIndex)]
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let statement = try db.cachedStatement(
                sql:
                    "SELECT import_key, id FROM \(table) WHERE import_key IS NOT NULL AND import_key IN (\(placeholders))"
            )
            for row in try Row.fetchAll(statement, arguments: StatementArguments(Array(chunk))) {
                rows[row[0]] = row[1]
            }
            first = chunk.endIndex
        }
        return rows
    }
}

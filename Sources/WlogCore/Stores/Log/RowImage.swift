import Foundation
import GRDB

/// Rows of one table as they were before an edit or a delete, kept in the change journal so that
/// `undo` puts back exactly those values, every column included (the import key, the batch).
struct RowImage: Codable, Equatable {
    /// A column's value in one of SQLite's storage classes.
    enum StoredValue: Codable, Equatable {
        case null, integer(Int64), real(Double), text(String), blob(Data)

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case .int64(let number): self = .integer(number)
            case .double(let number): self = .real(number)
            case .string(let text): self = .text(text)
            case .blob(let data): self = .blob(data)
            }
        }

        var databaseValue: DatabaseValue {
            switch self {
            case .null: .null
            case .integer(let number): number.databaseValue
            case .real(let number): number.databaseValue
            case .text(let text): text.databaseValue
            case .blob(let data): data.databaseValue
            }
        }
    }

    /// `workout_session` or `logged_set`: the tables whose rows a change can take away.
    var table: String
    var columns: [String]
    var rows: [[StoredValue]]

    /// The ids of the rows.
    var ids: [Int64] {
        guard let index = columns.firstIndex(of: "id") else { return [] }
        return rows.compactMap { row in
            if case .integer(let id) = row[index] { return id }
            return nil
        }
    }

    /// The rows of `table` whose `column` holds one of `values`: the columns stored in the
    /// table, not the generated ones (`logged_set.performed_ms`), which SQLite computes again
    /// and refuses to be given.
    static func capture(_ table: String, where column: String, in values: [Int64], db: Database) throws -> RowImage {
        let placeholders = values.map { _ in "?" }.joined(separator: ", ")
        let stored = try String.fetchAll(
            db, sql: "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid", arguments: [table])
        let found =
            values.isEmpty
            ? []
            : try Row.fetchAll(
                db,
                sql: """
                    SELECT \(stored.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(table)
                    WHERE \(column) IN (\(placeholders)) ORDER BY id
                    """,
                arguments: StatementArguments(values))
        let columns = found.first.map { Array($0.columnNames) } ?? []
        return RowImage(table: table, columns: columns, rows: found.map { $0.databaseValues.map(StoredValue.init) })
    }

    /// Writes the rows back where they are gone; where they are still there, overwrites them
    /// when `overwriting`, else leaves them.
    func restore(overwriting: Bool, in db: Database) throws {
        guard !columns.isEmpty, !rows.isEmpty else { return }
        let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
        let updates = columns.filter { $0 != "id" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))
                ON CONFLICT (id) DO \(overwriting ? "UPDATE SET \(updates)" : "NOTHING")
                """)
        for row in rows {
            try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
        }
    }

    /// Images as the journal keeps them, and back.
    static func encoded(_ images: [RowImage]) throws -> String {
        String(decoding: try JSONEncoder().encode(images), as: UTF8.self)
    }

    static func decoded(_ text: String?) throws -> [RowImage] {
        guard let text else { return [] }
        return try JSONDecoder().decode([RowImage].self, from: Data(text.utf8))
    }
}

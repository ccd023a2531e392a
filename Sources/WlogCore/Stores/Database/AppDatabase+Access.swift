import GRDB

extension AppDatabase {
    /// The database file's path (empty for an in-memory database).
    public var path: String { writer.path }

    /// Runs `body` in one read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingFailures { try writer.read(body) }
    }

    /// Runs `updates` in one write transaction: all of it is written, or none.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try translatingFailures { try writer.write(updates) }
    }

    /// Runs `updates` outside a transaction (for statements SQLite refuses inside one, such as `VACUUM`).
    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try translatingFailures { try writer.writeWithoutTransaction(updates) }
    }

    /// Runs `body`, rethrowing SQLite's failures as `StoreError` (naming the file that blocks, when one does).
    func translatingFailures<T>(_ body: () throws -> T) throws -> T {
        try StoreError.translating(databasePath: writer.path, body)
    }
}

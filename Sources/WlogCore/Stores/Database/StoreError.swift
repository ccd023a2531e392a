import GRDB

/// A failure of the database underneath a store, in words a user can act on, with the exit
/// status the command ends with. Callers never see SQLite's own error type.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as far as the user can do something about it.
    public enum Kind: Sendable, Equatable {
        case diskFull, readOnly, cannotOpen, damaged, locked, other
    }

    public let kind: Kind
    /// The full message: what failed, SQLite's own words and code, and what to do.
    public let message: String
    /// SQLite's extended result code, for scripts and bug reports.
    public let code: Int32

    /// The exit status of a command that fails this way: the database cannot be used.
    public var exitStatus: Int32 { 2 }
    public var description: String { message }

    /// Runs `body`, rethrowing a GRDB `DatabaseError` as a `StoreError`.
    static func translating<T>(databasePath: String?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, databasePath: databasePath)
        }
    }

    init(_ error: DatabaseError, databasePath: String?) {
        code = error.extendedResultCode.rawValue
        let detail = "\(error.message ?? "\(error)") (SQLite code \(code))"
        if [.SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN].contains(error.resultCode),
            let databasePath, !databasePath.isEmpty, let blocking = DatabaseAccess.blockingFile(for: databasePath)
        {
            kind = error.resultCode == .SQLITE_CANTOPEN ? .cannotOpen : .readOnly
            message = "the database \(databasePath) cannot be written: \(blocking); nothing was changed"
            return
        }
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_IOERR:
            kind = .diskFull
            message =
                "the database could not be written: the disk may be full or failing: \(detail); nothing was changed, free some space and try again"
        case .SQLITE_READONLY, .SQLITE_PERM:
            kind = .readOnly
            message = "the database is read-only: \(detail); nothing was changed, check the file's permissions"
        case .SQLITE_CANTOPEN:
            kind = .cannotOpen
            message = "the database cannot be opened: \(detail); check the path and its permissions"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            kind = .damaged
            message = "the database file is damaged or not a wlog database: \(detail); restore it from a backup"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            kind = .locked
            message = "the database stayed locked by another program: \(detail); try again"
        default:
            kind = .other
            message = "the database cannot be used: \(detail)"
        }
    }
}

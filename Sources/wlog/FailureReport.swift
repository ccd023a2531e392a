import ArgumentParser
import Foundation
import GRDB
import WlogCore

/// Maps every error wlog reports to its message and exit status, in one place.
enum FailureReport {
    static let rejectedInput: Int32 = 1
    static let unusableDatabase: Int32 = 2

    /// The exit status for errors wlog itself raises; `nil` for ArgumentParser's own.
    static func exitStatus(for error: Error) -> Int32? {
        switch error {
        case is ImportFailure, is ImportProblem, is DocumentError, is ExerciseLookupError, is SearchError, is LogInputError, is LogError, is CustomExerciseError:
            return rejectedInput
        case is HistoryImportFailure, is HistoryImportError, is ExerciseMapError, is MaintenanceError, is OutputFileError:
            return rejectedInput
        case is SchemaError, is DatabaseOpenError, is DatabaseError:
            return unusableDatabase
        case is CocoaError, is POSIXError:
            return rejectedInput
        default:
            return nil
        }
    }

    /// The message for `error`; `database` is the database the command used, so that a
    /// permission failure can name the file that blocks.
    static func message(for error: Error, database: String? = nil) -> String {
        switch error {
        case let error as DatabaseError:
            if [.SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN].contains(error.resultCode),
               let database, let blocking = DatabaseAccess.blockingFile(for: database) {
                return "the database \(database) cannot be written: \(blocking); nothing was changed"
            }
            return databaseMessage(error)
        case let error as CocoaError:
            return error.localizedDescription
        default:
            return "\(error)"
        }
    }
}

extension FailureReport {
    /// The database file `command` uses: its `--db` option group (found by reflection, since
    /// every command declares its own), else the default location.
    static func databasePath(of command: ParsableCommand) -> String {
        let options = Mirror(reflecting: command).children.lazy.compactMap { ($0.value as? OptionGroup<DatabaseOptions>)?.wrappedValue }.first
        return options?.path ?? DatabaseLocation.path(explicit: nil)
    }

    /// SQLite's failure in words a user can act on; a failed write was rolled back whole.
    static func databaseMessage(_ error: DatabaseError) -> String {
        let detail = "\(error.message ?? "\(error)") (SQLite code \(error.extendedResultCode.rawValue))"
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_IOERR:
            return "the database could not be written: the disk may be full or failing: \(detail); nothing was changed, free some space and try again"
        case .SQLITE_READONLY, .SQLITE_PERM:
            return "the database is read-only: \(detail); nothing was changed, check the file's permissions"
        case .SQLITE_CANTOPEN:
            return "the database cannot be opened: \(detail); check the path and its permissions"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the database file is damaged or not a wlog database: \(detail); restore it from a backup"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the database stayed locked by another program: \(detail); try again"
        default:
            return "the database cannot be used: \(detail)"
        }
    }
}

/// A failure the command has already put into words, with the exit status it maps to.
struct ReportedFailure: Error {
    let message: String
    let status: Int32
}

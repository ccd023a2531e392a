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
        case is HistoryImportFailure, is HistoryImportError, is ExerciseMapError, is MaintenanceError:
            return rejectedInput
        case is SchemaError, is DatabaseOpenError, is DatabaseError:
            return unusableDatabase
        case is CocoaError, is POSIXError:
            return rejectedInput
        default:
            return nil
        }
    }

    static func message(for error: Error) -> String {
        switch error {
        case let error as DatabaseError:
            return "the database cannot be used: \(error.message ?? "\(error)") (SQLite code \(error.resultCode.rawValue))"
        case let error as CocoaError:
            return error.localizedDescription
        default:
            return "\(error)"
        }
    }
}

/// A failure the command has already put into words, with the exit status it maps to.
struct ReportedFailure: Error {
    let message: String
    let status: Int32
}

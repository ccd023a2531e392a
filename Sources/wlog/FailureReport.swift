import Foundation
import WlogCore

/// Maps every error wlog reports to its message and exit status, in one place.
enum FailureReport {
    static let rejectedInput: Int32 = 1
    static let unusableDatabase: Int32 = 2

    /// The exit status for errors wlog itself raises; `nil` for ArgumentParser's own.
    static func exitStatus(for error: Error) -> Int32? {
        switch error {
        case is ImportFailure, is ImportProblem, is DocumentError, is ExerciseLookupError, is SearchError,
            is LogInputError, is LogError, is CustomExerciseError:
            return rejectedInput
        case is HistoryImportFailure, is HistoryImportError, is ExerciseMapError, is MaintenanceError,
            is OutputFileError:
            return rejectedInput
        case let error as StoreError:
            return error.exitStatus
        case is SchemaError, is DatabaseOpenError:
            return unusableDatabase
        case is CocoaError, is POSIXError:
            return rejectedInput
        default:
            return nil
        }
    }

    /// The message for `error`: the library's errors say what to do in their description
    /// (a `StoreError` names the file that blocks, when one does).
    static func message(for error: Error) -> String {
        switch error {
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

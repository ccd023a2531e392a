import Foundation

/// A whole file, read and checked.
struct ImportedHistory {
    var format: HistoryFormat
    var workouts: [ImportedWorkout]
    /// Rows that carry no set: empty sets, rest timers.
    var skippedRows: Int
}

extension ImportedHistory {
    /// Every set whose time `LoggedTimeBounds` refuses, as a problem at its line.
    func timeProblems(path: String, now: Date, timeZone: TimeZone) -> [HistoryImportError] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var problems: [HistoryImportError] = []
        for workout in workouts {
            for set in workout.sets {
                guard let problem = LoggedTimeBounds.problem(with: set.performedAt, now: now) else { continue }
                problems.append(
                    HistoryImportError(
                        path: path, line: set.line,
                        message: "the time \(formatter.string(from: set.performedAt)) is \(problem)",
                        hint: "wlog takes times from 1900 up to now; correct the date in the file"))
            }
        }
        return problems
    }
}

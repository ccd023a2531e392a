import Foundation

/// A whole file, read and checked.
struct ImportedHistory {
    var format: HistoryFormat
    var workouts: [ImportedWorkout]
    /// Rows that carry no set: empty sets, rest timers.
    var skippedRows: Int
}

/// Finds every set whose time `LoggedTimeBounds` refuses, as a problem at its line, one workout
/// at a time.
struct TimeBoundsCheck {
    let path: String
    let now: Date
    private let formatter: DateFormatter
    /// The problems found so far.
    private(set) var problems: [HistoryImportError] = []

    init(path: String, now: Date, timeZone: TimeZone) {
        self.path = path
        self.now = now
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
    }

    mutating func check(_ workout: ImportedWorkout) {
        for set in workout.sets {
            guard let problem = LoggedTimeBounds.problem(with: set.performedAt, now: now) else { continue }
            problems.append(
                HistoryImportError(
                    path: path, line: set.line,
                    message: "the time \(formatter.string(from: set.performedAt)) is \(problem)",
                    hint: "wlog takes times from 1900 up to now; correct the date in the file"))
        }
    }
}

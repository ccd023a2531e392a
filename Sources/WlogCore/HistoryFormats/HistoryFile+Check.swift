import Foundation

/// Reading and checking a history file before it is planned and written. A Strong export whose
/// workouts' rows follow one another (as Strong writes them) is read as a stream, a workout at a
/// time, into a `WorkoutSpool`; any other file is read whole into memory.
extension HistoryFile {
    /// Reads and checks the file at `path`, refusing sets whose time is before 1900 or after `now`.
    static func check(fileAt path: String, options: Options, now: Date) throws(HistoryImportFailure)
        -> CheckedHistory
    {
        let lead: FileLead
        do {
            lead = try FileLead(try RegularFile.opened(path))
        } catch let error as RegularFile.Failure {
            throw unreadable(path, error)
        } catch {
            throw unreadable(path, .unreadable(error.localizedDescription))
        }
        if lead.isUTF8, !WlogReader.isJSON(lead.opening), let stream = InputStream(fileAtPath: path) {
            let table = try csvTable { () throws(HistoryImportError) in
                try CSVTable.read(stream, firstLine: lead.opening, path: path)
            }
            if let checked = try streamed(table, path: path, options: options, now: now) { return checked }
        }
        let data: Data
        do {
            data = try RegularFile.contents(of: path)
        } catch {
            throw unreadable(path, error)
        }
        return try check(data, path: path, options: options, now: now)
    }

    /// Reads and checks `data`, the contents of the file named `path` in messages.
    static func check(_ data: Data, path: String, options: Options, now: Date) throws(HistoryImportFailure)
        -> CheckedHistory
    {
        let text = try decoded(data, path: path)
        let history: ImportedHistory
        if WlogReader.isJSON(text) {
            history = try read(data, path: path, options: options)
        } else {
            let table = try csvTable { () throws(HistoryImportError) in try CSVTable.read(text, path: path) }
            if let checked = try streamed(table, path: path, options: options, now: now) { return checked }
            let again = try csvTable { () throws(HistoryImportError) in try CSVTable.read(text, path: path) }
            history = try read(
                again, format: try format(of: again, path: path, options: options), path: path, options: options)
        }
        var times = TimeBoundsCheck(path: path, now: now, timeZone: options.timeZone)
        for workout in history.workouts { times.check(workout) }
        guard times.problems.isEmpty else { throw HistoryImportFailure(problems: times.problems) }
        return CheckedHistory(history)
    }

    /// A Strong export read as a stream into a spool; nil when the file is of another format, when
    /// its workouts' rows do not follow one another, or when no temporary file can be made (the
    /// file is then read whole). `table` has read the header only.
    private static func streamed(_ table: CSVTable, path: String, options: Options, now: Date)
        throws(HistoryImportFailure) -> CheckedHistory?
    {
        guard try format(of: table, path: path, options: options) == .strong,
            StrongReader.matches(header: table.header),
            let spool = try? WorkoutSpool()
        else { return nil }
        var checked = CheckedHistory(format: .strong)
        var times = TimeBoundsCheck(path: path, now: now, timeZone: options.timeZone)
        var spoolFailure: Error?
        let (skipped, contiguous) = try StrongReader.stream(
            table, path: path, unit: options.strongUnit ?? .kg, timeZone: options.timeZone
        ) { workout in
            checked.count(workout)
            times.check(workout)
            guard spoolFailure == nil else { return }
            do {
                try spool.append(workout)
            } catch {
                spoolFailure = error
            }
        }
        guard contiguous, spoolFailure == nil else { return nil }
        guard times.problems.isEmpty else { throw HistoryImportFailure(problems: times.problems) }
        checked.skippedRows = skipped
        checked.forEachWorkout = { body in
            try spool.rewind()
            while let workout = try spool.next() { try body(workout) }
        }
        return checked
    }

    private static func unreadable(_ path: String, _ error: RegularFile.Failure) -> HistoryImportFailure {
        HistoryImportFailure(problems: [
            HistoryImportError(path: path, line: nil, message: error.message, hint: error.hint)
        ])
    }
}

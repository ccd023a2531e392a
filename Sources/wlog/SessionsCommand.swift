import ArgumentParser
import WlogCore

/// `wlog sessions`: one line per session.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List sessions, newest first: date, duration, exercises, sets, volume.",
        discussion: "JSON and CSV give one entry per session: \(ExportedSession.fields.joined(separator: ", ")).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Only the newest N sessions.")
    var last: Int?

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be at least 1, not \(last).") }
    }

    func run() throws {
        let store = try database.open()
        let unit = try SettingsStore(database: store).load().defaultUnit
        let summaries = try WorkoutLog(database: store).sessions(last: last)
        let exported = summaries.map { ExportedSession($0, timeZone: .current) }
        switch output.format {
        case .json: print(try JSONOutput.encode(exported), terminator: "")
        case .csv: print(try Tabular(headers: ExportedSession.fields, rows: exported.map(\.csvCells)).csv(), terminator: "")
        case .table: print(LogLayout.sessions(summaries, unit: unit).table(), terminator: "")
        }
    }
}

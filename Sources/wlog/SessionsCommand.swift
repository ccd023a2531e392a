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

    @OptionGroup var dates: DateFilterOptions<LastFilter>

    func run() throws {
        let store = try database.open()
        let unit = try SettingsStore(database: store).load().defaultUnit
        let summaries = try WorkoutLog(database: store).sessions(last: dates.last)
        let exported = summaries.map { ExportedSession($0, timeZone: .current) }
        try output.print(
            json: exported, csv: { Tabular(headers: ExportedSession.fields, rows: exported.map(\.csvCells)) },
            table: {
                LogLayout.sessions(summaries, unit: unit).table()
            })
    }
}

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
        let listing = try WorkoutLog(database: store).sessionListing(last: dates.last)
        try output.print(
            json: ExportedSession.list(listing.sessions, timeZone: .current),
            csv: {
                Tabular(
                    headers: ExportedSession.fields,
                    rows: ExportedSession.list(listing.sessions, timeZone: .current).map(\.csvCells))
            },
            table: {
                LogLayout.sessions(listing.sessions, unit: listing.unit).table()
            })
    }
}

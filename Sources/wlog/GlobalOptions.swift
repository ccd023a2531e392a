import ArgumentParser
import WlogCore

/// The options every command takes: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $WLOG_DB, else $XDG_DATA_HOME/wlog/wlog.sqlite.", valueName: "path"))
    var db: String?

    /// The database file these options name.
    var path: String { DatabaseLocation.path(explicit: db) }

    /// The database and its companion files, which no output may overwrite.
    var protectedFiles: ProtectedFiles { ProtectedFiles(database: path) }

    /// Opens the database, creating and migrating it as needed.
    func open() throws -> AppDatabase {
        Terminal.configureColour()
        return try AppDatabase(path: path)
    }
}

/// How a listing is written: aligned for people, JSON or CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The `--format` option of commands that list things.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    /// Prints `items` as JSON, or `tabular` as a table or CSV.
    func print<T: Encodable>(_ items: T, as tabular: () -> Tabular) throws {
        switch format {
        case .json: Swift.print(try JSONOutput.encode(items), terminator: "")
        case .csv: Swift.print(try tabular().csv(), terminator: "")
        case .table: Swift.print(tabular().table(), terminator: "")
        }
    }
}

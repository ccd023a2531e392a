import ArgumentParser
import WlogCore

/// The options every command takes: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file.", discussion: "Default: $WLOG_DB, else $XDG_DATA_HOME/wlog/wlog.sqlite.",
            valueName: "path"))
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

import ArgumentParser
import WlogCore

/// `wlog backup FILE`: a consistent copy of the database, even while another wlog writes.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file with SQLite's online backup (safe while wlog is in use).",
        discussion: "The copy is one self-contained SQLite file; `wlog restore FILE` brings it back.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The new file to write; an existing file is never overwritten.")
    var file: String

    func run() throws {
        let contents = try DatabaseMaintenance(database: try database.open()).backup(to: file)
        Terminal.show(
            "Backed up to \(file): \(counted(contents.exercises, "exercise")), \(counted(contents.sessions, "session")), \(counted(contents.sets, "set"))"
        )
    }
}

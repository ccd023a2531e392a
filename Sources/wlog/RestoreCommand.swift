import ArgumentParser
import WlogCore

/// `wlog restore FILE`: replaces the database with a backup, keeping the replaced one aside.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database with a backup; the replaced database is kept aside.",
        discussion: """
            The backup is checked first (integrity_check, foreign_key_check, and that this wlog knows its \
            schema); if it fails, nothing changes. Other wlog commands wait while the restore runs. The \
            current database is kept as DB.before-restore-YYYYMMDD-HHMMSS.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "A file written by `wlog backup`.")
    var file: String

    func run() throws {
        Terminal.configureColour()
        let target = database.path
        let bar = ProgressBar(label: "restoring")
        let summary = try DatabaseMaintenance.restore(from: file, into: target) {
            bar.update(done: Int($0 * 1000), total: 1000)
        }
        bar.finish()
        let contents = summary.contents
        Terminal.show(
            "Restored \(file) into \(target): \(counted(contents.exercises, "exercise")), \(counted(contents.sessions, "session")), \(counted(contents.sets, "set"))"
        )
        if let aside = summary.keptAside {
            Terminal.show("The database it replaced is kept at \(aside)")
        }
    }
}

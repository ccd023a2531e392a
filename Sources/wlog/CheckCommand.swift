import ArgumentParser
import WlogCore

/// `wlog check`: SQLite's integrity and foreign key checks, with a report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database (integrity_check, foreign_key_check); exit 1 on a problem.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open()
        let report = try ProgressBar(label: "checking the database").whileRunning {
            try DatabaseMaintenance(database: store).check()
        }
        Terminal.show("database: \(DatabaseLocation.path(explicit: database.db))")
        if let contents = report.contents {
            Terminal.show(
                "schema: \(counted(contents.migrations.count, "migration")) (\(contents.migrations.last ?? "none"))")
            Terminal.show(
                "contents: \(counted(contents.exercises, "exercise")), \(counted(contents.sessions, "session")), \(counted(contents.sets, "set"))"
            )
        } else {
            Terminal.show("contents: cannot be counted")
        }
        Terminal.show(
            "integrity_check: "
                + (report.integrityProblems.isEmpty ? "ok" : counted(report.integrityProblems.count, "problem")))
        for problem in report.integrityProblems.prefix(20) { Terminal.show("  \(problem)") }
        Terminal.show(
            "foreign_key_check: "
                + (report.foreignKeyProblems.isEmpty ? "ok" : counted(report.foreignKeyProblems.count, "problem")))
        for problem in report.foreignKeyProblems.prefix(20) { Terminal.show("  \(problem)") }
        guard report.isHealthy else {
            throw ReportedFailure(
                message:
                    "the database has problems; restore a backup (`wlog restore FILE`) or keep a copy before changing anything",
                status: FailureReport.rejectedInput)
        }
    }
}

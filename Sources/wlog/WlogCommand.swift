import ArgumentParser
import Foundation
import WlogCore

/// The `wlog` command: a workout log and exercise library in one SQLite file.
@main
struct WlogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wlog",
        abstract: "A workout log and exercise library for the terminal, in one SQLite file.",
        discussion: """
            The database is --db PATH, else $WLOG_DB, else $XDG_DATA_HOME/wlog/wlog.sqlite \
            (~/.local/share/wlog/wlog.sqlite).

            Exit status: 0 success, 1 rejected input (invalid documents, unknown exercise, bad values), \
            2 the database cannot be used, 64 wrong usage.
            """,
        version: "0.1.0",
        subcommands: [
            RecordCommand.self, HistoryCommand.self, SessionsCommand.self, SessionCommand.self, UndoCommand.self,
            EditCommand.self, DeleteCommand.self, ImportCommand.self, ExercisesCommand.self, ShowCommand.self,
            SearchCommand.self, ExportCommand.self, ConfigCommand.self,
            StatsCommand.self, PrsCommand.self, SummaryCommand.self, ReportCommand.self,
            BackupCommand.self, RestoreCommand.self, CheckCommand.self, ProgramCommand.self, NextCommand.self,
            FinishCommand.self, PlatesCommand.self, RestCommand.self,
        ]
    )

    static func main() {
        // A file-size limit then surfaces as "database or disk is full" instead of killing the process mid-write.
        signal(SIGXFSZ, SIG_IGN)
        refuseTooManyArguments()
        do {
            var command = try parseAsRoot(
                LeadingOptions.moved(Array(CommandLine.arguments.dropFirst()), root: WlogCommand.self))
            try command.run()
        } catch let error as ReportedFailure {
            Terminal.printError(error.message)
            Foundation.exit(error.status)
        } catch {
            if let status = FailureReport.exitStatus(for: error) {
                Terminal.printError(FailureReport.message(for: error))
                Foundation.exit(status)
            }
            exitShowingArguments(error)
        }
    }

    /// The most arguments one command line may carry: far more words than a search needs, and
    /// files beyond this are better given as their folder.
    static let maximumArguments = 1_000

    /// Parsing takes time that grows with the square of the number of arguments (5,000 words kept
    /// `search` busy for half a minute before it read one), so the count is checked first.
    private static func refuseTooManyArguments() {
        let count = CommandLine.arguments.count - 1
        guard count > maximumArguments else { return }
        Terminal.printError(
            "\(count) arguments; at most \(maximumArguments) are accepted: give a folder instead of its files, or fewer words"
        )
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }

    /// ArgumentParser's own errors echo what was typed; they go out terminal-safe, help and
    /// version (which exit 0) as ArgumentParser prints them.
    private static func exitShowingArguments(_ error: Error) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        FileHandle.standardError.write(Data((TerminalText.lines(fullMessage(for: error)) + "\n").utf8))
        Foundation.exit(code.rawValue)
    }
}

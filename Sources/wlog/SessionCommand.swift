import ArgumentParser
import WlogCore

/// `wlog session start|finish|note`: manages the current session by hand.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Start, finish or annotate the current session.",
        subcommands: [Start.self, Finish.self, Note.self])

    /// `wlog session start [--name NAME]`.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract:
                "Open a new session now; sets recorded next join it. An open session still empty starts again instead.")
        @OptionGroup var database: DatabaseOptions
        @Option(parsing: .unconditional, help: "A name for the session, such as \"Push day\".")
        var name: String?

        func run() throws {
            let session = try WorkoutLog(database: try database.open()).startSession(name: name)
            Terminal.show("Started session \(session.id ?? 0)\(name.map { " (\($0))" } ?? "")")
        }
    }

    /// `wlog session finish`.
    struct Finish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "finish",
            abstract:
                "Finish the open session; the next set opens a new one. The active program's workout, when sets were logged for it, is finished too."
        )
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let opened = try database.open()
            let session = try WorkoutLog(database: opened).finishSession()
            Terminal.show("Finished session \(session.id ?? 0)")
            let report: WorkoutFinishReport
            do {
                report = try ProgramStore(database: opened).finish()
            } catch ProgramStoreError.noActiveProgram {
                return
            } catch let error as ProgramStoreError {
                throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
            }
            if report.didFinish { print(TrainingLayout.finish(report), terminator: "") }
        }
    }

    /// `wlog session note TEXT`.
    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "note", abstract: "Set the note of the latest session.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The note.")
        var text: [String] = []

        func validate() throws {
            if text.joined().trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("Give the note's text.")
            }
        }

        func run() throws {
            let session = try WorkoutLog(database: try database.open()).noteLatestSession(text.joined(separator: " "))
            Terminal.show("Noted on session \(session.id ?? 0)")
        }
    }
}

import ArgumentParser
import Foundation
import WlogCore

/// `wlog program`: write and check Liftoscript programs (no database), and store them to train from.
struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Check, show and simulate Liftoscript training programs; store them and train from one.",
        subcommands: [
            ProgramCheckCommand.self, ProgramShowCommand.self, ProgramSimulateCommand.self, ProgramAddCommand.self,
            ProgramListCommand.self, ProgramUseCommand.self, ProgramExportCommand.self, ProgramRemoveCommand.self,
            ProgramPositionCommand.self, ProgramOneRepMaxCommand.self, ProgramHistoryCommand.self,
        ]
    )
}

/// The program file every `wlog program` subcommand reads, parsed; problems go to standard error.
struct ProgramFileArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The program: a Liftoscript text file.", valueName: "file"))
    var file: String

    /// The parsed program; on errors prints `FILE:LINE:COL: message` for each, with the line and a caret, and exits 1.
    func program() throws -> Program {
        let source: String
        do {
            source = try ProgramFile.read(file)
        } catch {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
        do {
            return try ProgramParser.parse(source)
        } catch {
            Terminal.printDiagnostics(error.rendered(file: file, source: source))
            throw ExitCode(FailureReport.rejectedInput)
        }
    }
}

extension Terminal {
    /// Compiler-style diagnostics, written to standard error as they are.
    static func printDiagnostics(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

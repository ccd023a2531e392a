import ArgumentParser
import WlogCore

/// The stored-program commands' refusals (unknown program, bad position, unresolved names), as
/// `wlog: message` and exit 1, like every rejected input.
enum ProgramStoreFailure {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ProgramStoreError {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        } catch let error as ProgramUseError {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
    }
}

/// `--program NAME`: the stored program a command acts on, else the active one.
struct ProgramNameOption: ParsableArguments {
    @Option(
        name: .customLong("program"),
        help: ArgumentHelp("The stored program; the active one when left out.", valueName: "name"))
    var name: String?
}

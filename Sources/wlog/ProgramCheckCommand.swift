import ArgumentParser
import WlogCore

/// `wlog program check FILE`: the program's outline, or every problem with its place.
struct ProgramCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a program: an outline when it is right, FILE:LINE:COL: message for each problem (exit 1).")

    @OptionGroup var program: ProgramFileArgument

    func run() throws {
        print(ProgramLayout.outline(try program.program()), terminator: "")
    }
}

import ArgumentParser
import WlogCore

/// `wlog program list`: the stored programs.
struct ProgramListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the stored programs; * marks the active one.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let programs = try ProgramStore(database: try database.open()).list()
        if programs.isEmpty, output.format == .table {
            Terminal.show("No programs; `wlog program add FILE` adds one")
            return
        }
        try output.print(programs) {
            Tabular(
                headers: ["", "name", "weeks", "days", "exercises", "next", "finished"],
                rows: programs.map { program in
                    guard program.unreadable == nil else {
                        return [
                            program.isActive ? "*" : "", program.name, "-", "-", "-", "unreadable",
                            String(program.workoutsFinished),
                        ]
                    }
                    return [
                        program.isActive ? "*" : "", program.name, String(program.weeks), String(program.days),
                        String(program.exercises),
                        program.position.text, String(program.workoutsFinished),
                    ]
                })
        }
        for program in programs {
            guard let reason = program.unreadable else { continue }
            Terminal.printWarning("\(program.name) cannot be used: \(reason), or `wlog program remove` it")
        }
    }
}

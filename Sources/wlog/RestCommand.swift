import ArgumentParser
import Foundation
import WlogCore

/// `wlog rest [DURATION]`: a countdown between sets.
struct RestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rest",
        abstract: "Count down a rest on the terminal, with a bell at zero; Ctrl-C stops it.",
        discussion: """
            Without a duration: the rest the active program prescribes after the last set you recorded, else \
            `wlog config rest`, else 2 minutes. When standard output is not a terminal, it only waits.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "How long, such as 90s, 2m or 1:30; when left out, the program's rest, else `wlog config rest`.")
    var duration: String?

    func run() throws {
        let seconds = try duration.map { try DurationInput.parse($0, option: "DURATION") } ?? defaultRest()
        let end = Date().addingTimeInterval(seconds)
        guard Terminal.standardOutputIsTerminal else {
            Thread.sleep(until: end)
            return
        }
        var left = Int(seconds.rounded(.up))
        while left > 0 {
            FileHandle.standardOutput.write(Data("\rrest \(DurationInput.format(Double(left)))   ".utf8))
            Thread.sleep(until: min(end, end.addingTimeInterval(-Double(left - 1))))
            left = Int(end.timeIntervalSinceNow.rounded(.up))
        }
        FileHandle.standardOutput.write(Data("\rrest over\u{7}        \n".utf8))
    }

    /// The program's rest after the last recorded set, else the configured rest (2 minutes unless set).
    func defaultRest() throws -> TimeInterval {
        try ProgramStore(database: try database.open()).restAfterLastSet()
    }
}

import ArgumentParser
import Foundation
import WlogCore

/// `wlog rest [DURATION]`: a countdown between sets.
struct RestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rest",
        abstract: "Count down a rest on the terminal, with a bell at zero; Ctrl-C stops it.",
        discussion: "When standard output is not a terminal, it only waits.")

    @Argument(help: "How long, such as 90s, 2m or 1:30; 2m when left out.")
    var duration: String?

    func run() throws {
        let seconds = try duration.map { try DurationInput.parse($0, option: "DURATION") } ?? 120
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
}

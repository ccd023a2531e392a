import Foundation
import Testing

/// The `--help` of every command and subcommand, pinned in `Tests/WlogCLITests/Help/` (written by
/// `scripts/pin-help`): a change to an option or its help shows up as a changed file in review,
/// and a command without a pinned file fails.
@Suite struct HelpTests {
    static let pinned = WlogProcess.repository.appendingPathComponent("Tests/WlogCLITests/Help")

    /// The file that pins `command`'s help: `wlog-export-history.txt` for `wlog export history`.
    static func fileName(_ command: [String]) -> String {
        (["wlog"] + command).joined(separator: "-") + ".txt"
    }

    /// The subcommands a help text lists under `SUBCOMMANDS:`, by name.
    static func subcommands(in help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test func everyCommandsHelpIsPinned() throws {
        let wlog = try WlogProcess()
        var pending: [[String]] = [[]]
        var seen: [String] = []
        while let command = pending.popLast() {
            let result = try wlog.run(command + ["--help"], environment: ["COLUMNS": "80"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let name = Self.fileName(command)
            seen.append(name)
            let file = Self.pinned.appendingPathComponent(name)
            let expected = try? String(contentsOf: file, encoding: .utf8)
            #expect(expected != nil, "\(name) is missing: run scripts/pin-help")
            #expect(
                expected == nil || result.stdout == expected,
                "wlog \(command.joined(separator: " ")) --help differs from \(name): run scripts/pin-help and review the change"
            )
            pending += Self.subcommands(in: result.stdout).map { command + [$0] }
        }
        #expect(seen.count > 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.pinned.path).filter {
            $0.hasSuffix(".txt")
        }
        #expect(
            Set(files) == Set(seen),
            "pinned help of commands that no longer exist: \(Set(files).subtracting(seen).sorted())")
    }
}

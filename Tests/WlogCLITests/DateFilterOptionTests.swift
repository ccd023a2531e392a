import Foundation
import Testing

/// `--since`, `--until` and `--last` are one option group: a command that does not offer one of
/// them refuses it as an unknown option, and `--last` is checked the same everywhere.
@Suite struct DateFilterOptionTests {
    @Test(arguments: [
        (["stats", "squat", "--until", "yesterday"], "--until"), (["stats", "squat", "--last", "2"], "--last"),
        (["sessions", "--since", "yesterday"], "--since"), (["summary", "--until", "yesterday"], "--until"),
        (["report", "--out", "r.html", "--last", "3"], "--last"), (["export", "history", "--last", "3"], "--last"),
    ])
    func anOptionTheCommandDoesNotOfferIsUnknown(arguments: [String], option: String) throws {
        let result = try WlogProcess().run(arguments)
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Error: Unknown option '\(option)'\nUsage: wlog \(arguments[0])"),
            "\(result.stderr)")
    }

    @Test(arguments: [["history"], ["sessions"]])
    func lastMustBeAtLeastOne(command: [String]) throws {
        let result = try WlogProcess().run(command + ["--last", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --last must be at least 1, not 0."), "\(result.stderr)")
    }

    @Test(arguments: [
        ["history", "--since", "someday"], ["stats", "back-squat", "--since", "someday"],
        ["export", "history", "--until", "someday"],
    ])
    func aDayThatIsNoDayIsRejectedInput(arguments: [String]) throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        let result = try wlog.run(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\"someday\" is not accepted"), "\(result.stderr)")
    }
}

import Foundation
import Testing

/// What a user types that looks like something else: values that start with `-`, the database
/// option before the command, shorthands, and a name two exercises answer to.
@Suite struct ArgumentEdgeCaseTests {
    typealias Log = WorkoutLogCommandTests

    @Test func aNoteThatStartsWithADashIsANote() throws {
        let wlog = try Log.seeded()
        let recorded = try wlog.run("record", "bench-press", "--reps", "5", "--note", "-2+3")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let id = try #require(try Log.history(wlog).first?["id"] as? Int)
        #expect(try Log.history(wlog).first?["note"] as? String == "-2+3")
        let edited = try wlog.run("edit", "set", "\(id)", "--note", "-1 rep")
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try Log.history(wlog).first?["note"] as? String == "-1 rep")
    }

    @Test(arguments: [
        ["history"], ["sessions"], ["record", "bench-press", "--reps", "5"], ["undo"], ["config"], ["exercises"],
        ["prs"],
        ["summary"], ["stats", "bench-press"], ["show", "bench-press"], ["search", "squat"], ["check"],
        ["session", "start"], ["export", "history"],
    ])
    func theDatabaseOptionWorksBeforeTheCommand(command: [String]) throws {
        let wlog = try Log.seeded()
        let other = wlog.folder.appendingPathComponent("other.sqlite").path
        #expect(try wlog.run("--db", other, "import", "seeds").status == 0)
        let result = try wlog.run(["--db", other] + command)
        #expect(result.status == 0, "\(command): \(result.stderr)")
        let spelled = try wlog.run(["--db=\(other)"] + command)
        #expect(spelled.status == 0, "\(command): \(spelled.stderr)")
        if command[0] == "record" {
            #expect(try wlog.run("--db", other, "history", "--format", "csv").stdout.split(separator: "\n").count == 3)
            #expect(try Log.history(wlog).isEmpty)
        }
    }

    @Test(arguments: ["-1h", "-30m", "0", "abc"])
    func aBadSessionGapIsAnError(value: String) throws {
        let wlog = try WlogProcess()
        let result = try wlog.run("config", "session-gap", value)
        #expect(result.status != 0)
        #expect(result.stderr.contains("session-gap") && result.stderr.contains(value), "\(result.stderr)")
        #expect(!result.stdout.contains("USAGE"))
        #expect(try wlog.run("config").stdout.contains("session-gap = 3h"))
    }

    @Test(arguments: [
        ("squat", "Barbell Back Squat"), ("pullup", "Pull-Up"), ("chinup", "Chin-Up"), ("pushup", "Push-Up"),
        ("ohp", "Overhead Press"), ("rdl", "Romanian Deadlift"), ("bss", "Bulgarian Split Squat"),
        ("skullcrusher", "Skull Crusher"), ("bench", "Bench Press"), ("dl", "Deadlift"),
    ])
    func commonShorthandsResolve(shorthand: String, name: String) throws {
        let wlog = try Log.seeded()
        let result = try wlog.run("record", shorthand, "--reps", "5", "--dry-run")
        #expect(result.status == 0, "\(shorthand): \(result.stderr)")
        #expect(result.stdout.hasPrefix("Would record \(name): "), "\(result.stdout)")
    }

    @Test func aBareNamePrefersTheLibraryExerciseOverACustomOne() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "back-squat", "--sets", "3", "--reps", "5", "--weight", "100", "--at", "2 days ago")
        #expect(try wlog.run("exercises", "add", "Squat").status == 0)
        let bare = try wlog.run("record", "squat", "--reps", "5", "--weight", "100")
        #expect(bare.stdout.hasPrefix("Recorded Barbell Back Squat: "), "\(bare.stdout)\(bare.stderr)")
    }
}

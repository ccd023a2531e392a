import Foundation
import Testing

/// `search` and `show` on inputs that once broke them: queries built to be slow, nested lists.
@Suite struct DocumentCommandTests {
    @Test func aWordRepeatedHundredsOfTimesSearchesLikeTheWordOnce() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let once = try wlog.run("search", "the")
        #expect(once.status == 0, "\(once.stderr)")
        #expect(!once.stdout.isEmpty)
        let repeated = try wlog.run(Array(repeating: "the", count: 300), prefix: "search")
        #expect(repeated.status == 0, "\(repeated.stderr)")
        #expect(repeated.stdout == once.stdout)
    }

    @Test func unboundedQueriesAreRefusedWithWhatToDo() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let long = try wlog.run("search", Array(repeating: "a", count: 5_000).joined(separator: " "))
        #expect(long.status == 1)
        #expect(long.stdout.isEmpty)
        #expect(long.stderr.contains("the query is 9999 characters long; at most 2000 are searched"))
        let manyArguments = try wlog.run(Array(repeating: "a", count: 5_000), prefix: "search")
        #expect(manyArguments.status == 64)
        #expect(manyArguments.stdout.isEmpty)
        #expect(manyArguments.stderr.contains("5001 arguments; at most 1000 are accepted"))
        let many = try wlog.run((1...300).map { "w\($0)" }, prefix: "search")
        #expect(many.status == 1)
        #expect(many.stdout.isEmpty)
        #expect(many.stderr.contains("the query has 300 different words; at most 12 are searched"))
    }

    /// Issue 10, item 23, as the user meets it: `show` of an imported document.
    @Test func showPutsAListNestedUnderAStepOnLinesOfItsOwn() throws {
        let wlog = try WlogProcess()
        try wlog.write(
            "---\nname: Goblet Squat\n---\n### Execution\n3. **Squat Down**:\n   - Initiate the movement.\n   - Keep the chest up.\n",
            to: "docs/goblet-squat.md")
        #expect(try wlog.run("import", "docs").status == 0)
        let shown = try wlog.run("show", "goblet-squat")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.contains("  1. Squat Down:\n     • Initiate the movement.\n     • Keep the chest up.\n"),
            "\(shown.stdout)")
    }

    /// Issue 10, item 24, through `import` and `exercises`.
    @Test func namesAreRecoveredFromGluedFileNames() throws {
        let wlog = try WlogProcess()
        try wlog.write(
            "---\ndescription: \"a Dumbbell Hammer Curl on an incline bench\"\n---\n",
            to: "docs/inclinehammercurl_dumbbell.md")
        try wlog.write("---\ndescription: \"a barbell squat to depth\"\n---\n", to: "docs/squat_barbell.md")
        #expect(try wlog.run("import", "docs").status == 0)
        let listed = try wlog.run("exercises", "--format", "csv")
        #expect(listed.stdout.contains("inclinehammercurl-dumbbell,Incline Hammer Curl,"), "\(listed.stdout)")
        #expect(listed.stdout.contains("squat-barbell,Squat,"), "\(listed.stdout)")
    }
}

extension WlogProcess {
    fileprivate func run(_ words: [String], prefix command: String) throws -> Result {
        try run([command] + words)
    }
}

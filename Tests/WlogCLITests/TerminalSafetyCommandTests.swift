import Foundation
import Testing

/// Escape sequences stored in the log or the library, arriving every way a user or a file can
/// bring them, never reach the terminal raw: every table, text answer and error shows them as
/// visible characters (`^[`), and line breaks inside a cell do not break the table.
@Suite struct TerminalSafetyCommandTests {
    /// Retitles the window, clears the screen, colours what follows, rings the bell; a C1 CSI too.
    static let attack = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[31mred\u{9B}1m\u{202E}"

    /// Whether `text` carries any character a terminal would act on (line breaks and tabs aside).
    static func isRaw(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                || scalar == "\u{202E}"
        }
    }

    /// Runs `arguments`, expects `status`, and expects both streams to be terminal-safe.
    @discardableResult
    static func safely(_ wlog: WlogProcess, _ arguments: String..., status: Int32 = 0) throws -> WlogProcess.Result {
        let result = try wlog.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(
            !isRaw(result.stdout), "\(arguments) printed a raw control character: \(result.stdout.debugDescription)")
        #expect(
            !isRaw(result.stderr), "\(arguments) reported a raw control character: \(result.stderr.debugDescription)")
        return result
    }

    @Test func aNoteTypedOnRecordIsShownHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        try Self.safely(
            wlog, "record", "back-squat", "--reps", "5", "--weight", "100", "--note",
            "knee \(Self.attack)\nsecond line\tend")
        let history = try Self.safely(wlog, "history")
        #expect(history.stdout.contains("knee ^[]0;owned^G^[[2J^[[31mred\\u{9b}1m\\u{202e} ↵ second line end"))
        #expect(history.stdout.split(separator: "\n").count == 2, "the note stays on its set's line: \(history.stdout)")
        try Self.safely(wlog, "history", "back-squat")
        let json = try wlog.run("history", "--format", "json")
        #expect(json.stdout.contains("\\u001b]0;owned"), "JSON keeps the text, escaped")
    }

    @Test("an export to standard output shows control characters on a terminal and keeps them in a pipe")
    func anExportOnATerminalIsShownHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        try Self.safely(wlog, "record", "back-squat", "--reps", "5", "--weight", "100", "--note", "knee \(Self.attack)")
        for format in ["csv", "json", "strong"] {
            let onTerminal = try wlog.run(
                ["-qec", "'\(WlogProcess.binary.path)' export history --format \(format) 2>/dev/null", "/dev/null"],
                executable: URL(fileURLWithPath: "/usr/bin/script"))
            #expect(onTerminal.status == 0, "\(format): \(onTerminal.stdout)")
            let shown = onTerminal.stdout.replacingOccurrences(of: "\r", with: "")
            #expect(shown.contains("back-squat") || shown.contains("Barbell Back Squat"), "\(format): \(shown)")
            #expect(!Self.isRaw(shown), "\(format) on a terminal: \(shown.debugDescription)")
        }
        let piped = try wlog.run("export", "history", "--format", "csv")
        #expect(piped.stdout.contains("knee \u{1B}]0;owned"), "a pipe gets the stored text as it is")
    }

    @Test func aCustomExerciseNameIsShownHarmlesslyEverywhere() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let added = try Self.safely(wlog, "exercises", "add", "Evil \(Self.attack) Press", "--muscle", "chest")
        #expect(added.stdout.hasPrefix("Added Evil ^[]0;owned^G"))
        let slug = try #require(
            added.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        try Self.safely(wlog, "record", slug, "--sets", "3", "--reps", "5", "--weight", "60")
        try Self.safely(wlog, "record", slug, "--reps", "5", "--weight", "70")
        for command in [
            ["history"], ["sessions"], ["exercises"], ["exercises", "--muscle", "chest"], ["prs"], ["stats", slug],
            ["summary"], ["undo"], ["search", "evil"],
        ] {
            let result = try wlog.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(
                !Self.isRaw(result.stdout) && !Self.isRaw(result.stderr),
                "\(command): \(result.stdout.debugDescription)")
        }
    }

    @Test func aSessionNameAndNoteAreShownHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let started = try Self.safely(wlog, "session", "start", "--name", "Push \(Self.attack)")
        #expect(started.stdout.contains("Push ^[]0;owned"))
        try Self.safely(wlog, "record", "back-squat", "--reps", "5", "--weight", "100")
        try Self.safely(wlog, "session", "note", "line one\nline two \(Self.attack)")
        let sessions = try Self.safely(wlog, "sessions")
        #expect(sessions.stdout.split(separator: "\n").count == 3, "header, rule, one row: \(sessions.stdout)")
        #expect(sessions.stdout.contains("line one ↵ line two ^["))
    }

    @Test func anImportedHistoryFileIsShownHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2023-05-01 18:02:11,"Push \(Self.attack)",1h 5m,Odd \(Self.attack) Lift,1,80,5,0,0,"note \(Self.attack)","workout \(Self.attack)",8

            """
        try wlog.write(csv, to: "strong.csv")
        let dryRun = try Self.safely(wlog, "import", "history", "strong.csv", "--dry-run")
        #expect(dryRun.stdout.contains("Odd ^[]0;owned"))
        let imported = try Self.safely(wlog, "import", "history", "strong.csv")
        #expect(imported.stdout.contains("New custom exercises: Odd ^[]0;owned"))
        try Self.safely(wlog, "history")
        try Self.safely(wlog, "sessions")
        try Self.safely(wlog, "prs")
    }

    @Test func anImportedDocumentIsShownHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let document = """
            ---
            name: "Trick \\e[2J Curl"
            description: "Curls \\e]0;owned\\a with a twist."
            equipment: dumbbell
            muscles: [biceps]
            ---

            ### Execution
            1. **Lift \u{1B}[31m**: Curl the weights up \u{1B}[2J slowly.
            2. **Lower**: Lower them again.

            """
        try wlog.write(document, to: "docs/trick-curl.md")
        try Self.safely(wlog, "import", "docs")
        let shown = try Self.safely(wlog, "show", "trick-curl")
        #expect(shown.stdout.contains("Trick ^[[2J Curl"))
        #expect(shown.stdout.contains("Curl the weights up ^[[2J slowly."))
        try Self.safely(wlog, "search", "twist")
        try Self.safely(wlog, "exercises", "--muscle", "biceps")
    }

    @Test func errorMessagesShowWhatWasTypedHarmlessly() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let unknown = try Self.safely(wlog, "record", "squat \(Self.attack)", "--reps", "5", status: 1)
        #expect(unknown.stderr.contains("^[]0;owned"))
        try Self.safely(wlog, "record", "back-squat", "--reps", "five \(Self.attack)", status: 1)
        try Self.safely(wlog, "history", "--since", "when \(Self.attack)", status: 1)
        let usage = try Self.safely(wlog, "history", "--bogus\(Self.attack)", status: 64)
        #expect(usage.stderr.contains("^[]0;owned"))
    }
}

import Crypto
import Foundation
import GRDB
import Testing

@testable import WlogCore

/// What a history import writes, pinned as a SHA-256 of every row it adds (sets, sessions, the
/// journal entry, custom exercises), taken before the import was rewritten for speed: the rows
/// written stay exactly those. A pin changes only with a deliberate change of what is stored.
@Suite struct HistoryImportDumpTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let now = Date(timeIntervalSinceReferenceDate: 800_000_000)

    /// Imports each file in turn into one seeded database, then again (adding nothing), and
    /// returns the digest of the rows written.
    func digest(_ files: [(text: String, format: HistoryFormat?)]) throws -> String {
        let seeded = try SeededStore()
        let log = WorkoutLog(database: seeded.database)
        for _ in 0..<2 {
            for file in files {
                _ = try log.importHistory(
                    data: Data(file.text.utf8), path: "export.csv",
                    options: HistoryFile.Options(format: file.format, strongUnit: .kg, timeZone: berlin), now: now)
            }
        }
        let dump = try seeded.database.writer.read { db in
            // The stored columns: not the generated `performed_ms` (0014), which nothing writes.
            let stored = try String.fetchAll(
                db, sql: "SELECT name FROM pragma_table_xinfo('logged_set') WHERE hidden = 0 ORDER BY cid")
            return try [
                "SELECT \(stored.joined(separator: ", ")) FROM logged_set ORDER BY id",
                "SELECT * FROM workout_session ORDER BY id",
                "SELECT * FROM record_batch ORDER BY id",
                "SELECT id, slug, name, equipment, origin FROM exercise WHERE origin = 'custom' ORDER BY id",
            ].map { sql in try Row.fetchAll(db, sql: sql).map(\.description).joined(separator: "\n") }
        }.joined(separator: "\n--\n")
        return SHA256.hash(data: Data(dump.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func appExports() throws {
        let files: [(String, HistoryFormat?)] = [
            (HistoryFixtures.strong, nil), (HistoryFixtures.strongOlder, nil), (HistoryFixtures.hevyKilograms, nil),
            (HistoryFixtures.hevyPounds, nil), (HistoryFixtures.fitNotes, nil), (HistoryFixtures.fitNotesPounds, nil),
        ]
        let digest = try digest(files)
        #expect(digest == "345691349183daed234bfef55379f3deb777116af4c8ccbe5f36bb73cdebfeab", "\(digest)")
    }

    @Test func generatedStrongExport() throws {
        let digest = try digest([(Self.generatedStrong, .strong)])
        #expect(digest == "f9bf7480f9ebce54da84c0f244d90c625c4f16256ecf637f7f6d3c8141d255d4", "\(digest)")
    }

    @Test func wlogExportsOfAnImport() throws {
        let seeded = try SeededStore()
        let log = WorkoutLog(database: seeded.database)
        _ = try log.importHistory(
            data: Data(Self.generatedStrong.utf8), path: "export.csv",
            options: HistoryFile.Options(format: .strong, strongUnit: .kg, timeZone: berlin), now: now)
        let files: [(String, HistoryFormat?)] = try [HistoryExportFormat.csv, .json].map { format in
            (try log.exportHistory(format: format, unit: .kg, timeZone: berlin).text, nil)
        }
        let digest = try digest(files)
        #expect(digest == "a72485006edc5331fd8ff134cf6efa54924d4e6338e3a9b7e516a78e12f402d7", "\(digest)")
    }

    /// A Strong export of 40 workouts, written for this test: every set kind, decimals, notes
    /// with quotes and line breaks, Note and Rest Timer rows, empty sets, 12-hour times, exercises
    /// of the library and new ones, two workouts whose rows interleave, and a repeated row.
    static let generatedStrong: String = {
        let names = [
            "Bench Press (Barbell)", "Pull Up", "Squat (Barbell)", "Deadlift (Barbell)", "Plank", "Running",
            "Zercher Wobble (Cable)", "Overhead Press (Dumbbell)",
        ]
        var lines = [
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"
        ]
        for workout in 0..<40 {
            let day = 1 + workout % 28
            let date =
                workout % 3 == 0
                ? "2022-0\(1 + workout / 28)-\(String(format: "%02d", day)) 7:0\(workout % 10):1\(workout % 6)\u{202F}PM"
                : "2022-0\(1 + workout / 28)-\(String(format: "%02d", day)) 06:\(10 + workout):05"
            let head = "\(date),\"Day \(workout), \"\"A\"\"\",\(workout % 4)h \(workout)m"
            for row in 0..<12 {
                let name = names[(workout + row / 3) % names.count]
                let order = row % 5 == 0 ? "W" : row % 7 == 0 ? "D" : row == 11 ? "F" : "\(row)"
                let weight = row % 4 == 0 ? "0" : "\(20 + workout).\(row % 3 == 0 ? "25" : "5")"
                let note = row == 2 ? "\"slow, \"\"tempo\"\"\nthen fast\"" : ""
                let workoutNote = row == 1 && workout % 2 == 0 ? "felt good" : ""
                let rpe = row % 3 == 1 ? "\(6 + row % 4).5" : ""
                lines.append(
                    "\(head),\(name),\(order),\(weight),\(row % 6 == 5 ? 0 : row + 1),\(row == 4 ? "1.2" : "0"),"
                        + "\(row == 4 ? "600" : "0"),\(note),\(workoutNote),\(rpe)")
            }
            lines.append("\(head),\(names[workout % names.count]),Note,,,,,Belt on,,")
            lines.append("\(head),\(names[workout % names.count]),Rest Timer,,,,90,,,")
            lines.append("\(head),Pull Up,9,,,,,,,")
            if workout == 7 { lines.append(lines[lines.count - 10]) }
        }
        // Workouts 38 and 39 interleave: move every other row of 38 to after 39's rows.
        let tail = lines.suffix(31)
        let moved = tail.prefix(15).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let kept = tail.enumerated().filter { !($0.offset < 15 && $0.offset % 2 == 0) }.map(\.element)
        return (lines.dropLast(31) + kept + moved).joined(separator: "\n") + "\n"
    }()
}

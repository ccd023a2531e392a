import Foundation
import Testing

/// `stats`, `prs`, `summary`, `report` and the `New PR` lines of `record`, through the real
/// binary on a fresh database, in Berlin time.
@Suite struct InsightCommandTests {
    static let berlin = ["TZ": "Europe/Berlin"]

    /// A seeded database with three weeks of bench press, pull-ups and planks.
    static func logged() throws -> WlogProcess {
        let wlog = try WorkoutLogCommandTests.seeded()
        let sets: [[String]] = [
            ["bench", "--reps", "10", "--weight", "40", "--warmup", "--at", "2026-11-02 18:00"],
            ["bench", "--reps", "5,5", "--weight", "80", "--at", "2026-11-02 18:10"],
            ["pull-up", "--reps", "8,8", "--at", "2026-11-02 18:30"],
            ["plank", "--duration", "45s", "--at", "2026-11-02 18:40"],
            ["bench", "--reps", "8", "--weight", "70", "--at", "2026-11-04 18:00"],
            ["bench", "--reps", "3", "--weight", "200lb", "--at", "2026-11-16 18:00"],
            ["pull-up", "--reps", "10", "--at", "2026-11-16 18:30"],
        ]
        for arguments in sets {
            let result = try wlog.run(["record"] + arguments, environment: berlin)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return wlog
    }

    static func json(_ wlog: WlogProcess, _ arguments: String...) throws -> Any {
        let result = try wlog.run(arguments, environment: berlin)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func recordAnnouncesNewRecordsButNotTheFirstTimeOrATie() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        let first = try wlog.run(
            "record", "bench", "--sets", "3", "--reps", "12", "--weight", "22.5", "--at", "2026-11-02 18:00")
        #expect(first.stdout == "Recorded Bench Press: 3×12 @ 22.5 kg (new session 1, sets 1–3)\nfirst time logged\n")
        let better = try wlog.run("record", "bench", "--reps", "12", "--weight", "25", "--at", "2026-11-05 18:00")
        #expect(
            better.stdout.hasSuffix("\nNew PR: 12 reps @ 25 kg (was 22.5 kg)\nNew PR: e1RM 35 kg (was 31.5 kg)\n"),
            "\(better.stdout)")
        let tie = try wlog.run("record", "bench", "--reps", "12", "--weight", "25", "--at", "2026-11-09 18:00")
        #expect(tie.status == 0 && !tie.stdout.contains("New PR"))
        let warmup = try wlog.run(
            "record", "bench", "--reps", "12", "--weight", "30", "--warmup", "--at", "2026-11-09 18:05")
        #expect(!warmup.stdout.contains("New PR"))
        let dryRun = try wlog.run("record", "bench", "--reps", "12", "--weight", "40", "--dry-run")
        #expect(!dryRun.stdout.contains("New PR"))
    }

    @Test func statsForPeopleAndScripts() throws {
        let wlog = try Self.logged()
        let table = try wlog.run("stats", "bench", environment: Self.berlin)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stdout.hasPrefix(
                "Bench Press (bench-press)\n2026-11-02 to 2026-11-16: 3 sessions, 4 sets (1 warm-up set not counted), 21 reps, volume 1632 kg\n"
            ))
        #expect(
            table.stdout.contains("estimated 1RM  99.8 kg (Epley), 96.1 kg (Brzycki) from 3 @ 200 lb on 2026-11-16"))
        #expect(table.stdout.contains("\ne1RM            ") && table.stdout.contains("\nvolume          "))
        #expect(!table.stdout.contains("\u{1B}["), "no colour off a terminal")

        let stats = try #require(try Self.json(wlog, "stats", "bench", "--format", "json") as? [String: Any])
        #expect(
            stats["sets"] as? Int == 4 && stats["warmup_sets"] as? Int == 1 && stats["measure"] as? String == "load")
        let e1rm = try #require(stats["e1rm"] as? [String: Any])
        #expect(abs((e1rm["epley_kg"] as? Double ?? 0) - 200 * 0.45359237 * 1.1) < 1e-9)
        let repMaxes = try #require(stats["rep_maxes"] as? [[String: Any]])
        #expect(repMaxes.map { $0["reps"] as? Int } == [3, 5, 8])
        let weeks = try #require(stats["weeks"] as? [[String: Any]])
        #expect(weeks.prefix(3).map { $0["week"] as? String } == ["2026-W45", "2026-W46", "2026-W47"])
        #expect(weeks.first?["volume_kg"] as? Double == 1360)

        let since = try #require(
            try Self.json(wlog, "stats", "bench", "--since", "2026-11-10", "--format", "json") as? [String: Any])
        #expect(since["sets"] as? Int == 1)

        let csv = try wlog.run("stats", "bench", "--format", "csv", environment: Self.berlin).stdout.split(
            separator: "\n")
        #expect(csv.first == "figure,key,value,unit,date")
        #expect(csv.contains("rep-max,5,80,kg,2026-11-02"))
        #expect(csv.contains("week_volume,2026-W45,1360,kg,"))

        let pullUps = try wlog.run("stats", "pull-up", environment: Self.berlin).stdout
        #expect(
            pullUps.contains("2 sessions, 3 sets, 26 reps") && pullUps.contains("most reps: 10 on 2026-11-16"),
            "\(pullUps)")
        let plank = try wlog.run("stats", "plank", environment: Self.berlin).stdout
        #expect(plank.contains("1 session, 1 set, time 45s") && plank.contains("longest hold: 45s"), "\(plank)")
        #expect(try wlog.run("stats", "benhc").status == 1)
    }

    @Test func prsForEveryExerciseOrOneMuscle() throws {
        let wlog = try Self.logged()
        let table = try wlog.run("prs", environment: Self.berlin).stdout
        #expect(table.contains("Bench Press  e1RM"))
        #expect(table.contains("\n             3 reps        200 lb   3 @ 200 lb  2026-11-16\n"), "\(table)")
        let all = try #require(try Self.json(wlog, "prs", "--format", "json") as? [[String: Any]])
        #expect(
            all.map { "\($0["slug"] ?? "") \($0["record"] ?? "")" } == [
                "bench-press e1rm", "bench-press rep-max", "bench-press rep-max", "bench-press rep-max",
                "plank longest-hold", "pull-up most-reps",
            ])
        #expect(all.last?["value"] as? Double == 10 && all.last?["unit"] as? String == "reps")
        let chest = try #require(
            try Self.json(wlog, "prs", "--muscle", "Chest", "--format", "json") as? [[String: Any]])
        #expect(Set(chest.compactMap { $0["slug"] as? String }) == ["bench-press"])
        let csv = try wlog.run("prs", "--muscle", "lats", "--format", "csv", environment: Self.berlin).stdout
        #expect(
            csv
                == "slug,exercise,record,reps,value,unit,set,set_id,performed_at\npull-up,Pull-Up,most-reps,,10,reps,10,9,2026-11-16T18:30:00+01:00\n"
        )
    }

    @Test func summaryShowsWeightsInTheUnitOfTheSettings() throws {
        let wlog = try Self.logged()
        let kilograms = try wlog.run("summary", "--since", "2026-11-01", environment: Self.berlin).stdout
        #expect(
            kilograms.contains("volume ") && kilograms.contains(" kg") && !kilograms.contains(" lb"), "\(kilograms)")
        #expect(try wlog.run("config", "unit", "lb").status == 0)
        let pounds = try wlog.run("summary", "--since", "2026-11-01", environment: Self.berlin).stdout
        #expect(pounds.contains("volume ") && pounds.contains(" lb") && !pounds.contains(" kg"), "\(pounds)")
    }

    @Test func summaryOfAPeriod() throws {
        let wlog = try Self.logged()
        let summary = try #require(
            try Self.json(wlog, "summary", "--since", "2026-11-01", "--format", "json") as? [String: Any])
        #expect(summary["training_days"] as? Int == 3 && summary["sessions"] as? Int == 3)
        #expect(summary["sets"] as? Int == 8 && summary["warmup_sets"] as? Int == 1)
        let muscles = try #require(summary["muscles"] as? [[String: Any]])
        #expect(muscles.map { "\($0["muscle"] ?? "") \($0["sets"] ?? "")" } == ["chest 4", "lats 3", "abdominals 1"])
        let streak = try #require(summary["streak_weeks"] as? [String: Any])
        #expect(streak["longest"] as? Int == 1)  // 2026-W45, then 2026-W47
        let table = try wlog.run("summary", "--since", "2026-11-01", environment: Self.berlin).stdout
        #expect(table.contains("3 training days, 3 sessions, 8 sets (1 warm-up set not counted)"))
        #expect(table.contains("chest       4"))
        let csv = try wlog.run("summary", "--since", "2026-11-01", "--format", "csv", environment: Self.berlin).stdout
        #expect(
            csv.hasPrefix("figure,key,value,unit,date\ntraining_days,,3,days,\n")
                && csv.contains("muscle_sets,lats,3,,\n"))
        #expect(try wlog.run("summary", "--week").status == 0)
        #expect(try wlog.run("summary", "--week", "--month").status == 64)
        let badDay = try wlog.run("summary", "--since", "someday")
        #expect(
            badDay.status == 1 && badDay.stderr.contains("--since: \"someday\" is not accepted"), "\(badDay.stderr)")
    }

    @Test func reportWritesOneSelfContainedPage() throws {
        let wlog = try Self.logged()
        let result = try wlog.run("report", "--out", "report.html", environment: Self.berlin)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Wrote report.html: 3 exercises, 3 training days, 6 records\n")
        let html = try String(contentsOf: wlog.folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("Bench Press") && html.contains("Personal records"))
        let missingFolder = try wlog.run("report", "--out", "no/such/folder/report.html")
        #expect(missingFolder.status == 1 && missingFolder.stdout.isEmpty)
        #expect(missingFolder.stderr.hasPrefix("wlog: cannot write no/such/folder/report.html: "))
    }
}

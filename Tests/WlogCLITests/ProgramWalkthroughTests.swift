import Foundation
import Testing

/// The README's walkthrough, through the real binary on a fresh database: the bundled exercises and
/// programs, three weeks of the A/B routine back-dated with `--at`, the squat failing three workouts in
/// a row; with `finish --at`, `session finish` and `summary` around it.
@Suite struct ProgramWalkthroughTests {
    /// The nine workouts: Monday, Wednesday and Friday of three weeks, at 18:00 local time.
    static let days = [
        "2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09", "2026-11-11", "2026-11-13", "2026-11-16", "2026-11-18",
        "2026-11-20",
    ]

    /// A binary on a fresh database with the bundled exercises and programs, following the A/B routine.
    static func prepared() throws -> WlogProcess {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("program", "add", "seeds").status == 0)
        let use = try wlog.run("program", "use", "alternating-ab")
        #expect(use.status == 0, "\(use.stderr)")
        return wlog
    }

    /// Each exercise of the next workout (name, slug) with its sets' reps and weights, from `next --format json`.
    static func nextWorkout(_ wlog: WlogProcess) throws -> [(
        name: String, slug: String, reps: [Int], weights: [Double]
    )] {
        let json = try wlog.run("next", "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let exercises = try #require(decoded["exercises"] as? [[String: Any]])
        return try exercises.map { exercise in
            let sets = try #require(exercise["sets"] as? [[String: Any]])
            return (
                try #require(exercise["name"] as? String), try #require(exercise["slug"] as? String),
                sets.compactMap { $0["reps"] as? Int },
                sets.compactMap { $0["weight"] as? Double }
            )
        }
    }

    @Test("three weeks of the A/B routine: the squat rises, fails three workouts in a row, and is deloaded")
    func threeWeeks() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        var squats: [Double] = []
        var finishes: [String] = []
        for (index, day) in Self.days.enumerated() {
            let workout = try Self.nextWorkout(wlog)
            for exercise in workout {
                let weight = try #require(exercise.weights.first)
                if exercise.name == "Squat" { squats.append(weight) }
                let failing = exercise.name == "Squat" && (4...6).contains(index)
                let reps = exercise.reps.enumerated().map { place, reps in
                    failing && place == exercise.reps.count - 1 ? reps - 2 : reps
                }
                let record = try wlog.run(
                    "record", exercise.slug, "--sets", String(reps.count),
                    "--reps", reps.map(String.init).joined(separator: ","), "--weight", "\(weight)kg",
                    "--at", "\(day) 18:00")
                #expect(record.status == 0, "\(day) \(exercise.name): \(record.stderr)")
            }
            let finish = try wlog.run("finish", "--at", "\(day) 19:00")
            #expect(finish.status == 0, "\(day): \(finish.stderr)")
            finishes.append(finish.stdout)
        }
        #expect(squats == [40, 42.5, 45, 47.5, 50, 50, 50, 45, 47.5])
        #expect(finishes[0].contains("  Squat: 40 → 42.5 kg\n"), "\(finishes[0])")
        #expect(finishes[4].contains("  Squat: failure 1 of 3 before the next decrease\n"), "\(finishes[4])")
        #expect(finishes[5].contains("  Squat: failure 2 of 3 before the next decrease\n"), "\(finishes[5])")
        #expect(finishes[6].contains("  Squat: 50 → 45 kg"), "\(finishes[6])")
        #expect(finishes[8].contains("  Squat: 47.5 → 50 kg\n"), "\(finishes[8])")
        let history = try wlog.run("program", "history")
        #expect(history.status == 0 && history.stdout.contains("2026-11-16"), "\(history.stdout)")
    }

    @Test("finish --at takes record's times and refuses a time in the future or a word it cannot read")
    func finishAt() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(
            try wlog.run("record", "back-squat", "--reps", "5,5,5", "--weight", "40kg", "--at", "yesterday").status == 0
        )
        for bad in ["tomorrow 18:00", "2999-01-01 10:00", "soon"] {
            let refused = try wlog.run("finish", "--at", bad)
            #expect(refused.status == 1, "\(bad)")
            #expect(refused.stderr.hasPrefix("wlog: --at: "), "\(refused.stderr)")
        }
        #expect(try wlog.run("next").stdout.contains("(week 1, day 1)"))
        let finished = try wlog.run("finish", "--at", "yesterday")
        #expect(finished.status == 0 && finished.stdout.contains("Next: week 1, day 2"), "\(finished.stderr)")
        #expect(try wlog.run("program", "history").stdout.contains(Self.yesterday()))
    }

    static func yesterday() -> String {
        let date = Calendar.current.date(byAdding: .day, value: -1, to: Date()) ?? Date()
        return date.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
    }

    @Test("session finish also finishes the program's workout when sets were logged for it, and only then")
    func sessionFinish() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "barbell-curl", "--reps", "10", "--weight", "10kg").status == 0)
        let alone = try wlog.run("session", "finish")
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.hasPrefix("Finished session ") && !alone.stdout.contains("alternating-ab"))
        #expect(try wlog.run("record", "back-squat", "--reps", "5,5,5", "--weight", "40kg").status == 0)
        let both = try wlog.run("session", "finish")
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("Finished alternating-ab week 1, day 1\n"), "\(both.stdout)")
        #expect(both.stdout.contains("  Squat: 40 → 42.5 kg\n"))
        #expect(try wlog.run("next").stdout.contains("(week 1, day 2)"))
    }

    @Test("session finish with no program stored finishes the session as before")
    func sessionFinishWithoutProgram() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("exercises", "add", "Squat").status == 0)
        #expect(try wlog.run("record", "squat", "--reps", "5", "--weight", "40kg").status == 0)
        let finished = try wlog.run("session", "finish")
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout == "Finished session 1\n")
    }

    @Test("summary shows the active program, its position and the next workout's name, in the table and in JSON")
    func summary() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("summary").stdout.contains("program: alternating-ab, week 1, day 1: Workout A\n"))
        #expect(try wlog.run("record", "back-squat", "--reps", "5,5,5", "--weight", "40kg").status == 0)
        #expect(try wlog.run("finish").status == 0)
        #expect(try wlog.run("summary").stdout.contains("program: alternating-ab, week 1, day 2: Workout B\n"))
        let json = try wlog.run("summary", "--format", "json")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let program = try #require(decoded["program"] as? [String: Any])
        #expect(program["name"] as? String == "alternating-ab")
        #expect(program["week"] as? Int == 1 && program["day"] as? Int == 2)
        #expect(program["day_title"] as? String == "Workout B")
        let none = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: none.folder) }
        #expect(!(try none.run("summary").stdout.contains("program")))
    }
}

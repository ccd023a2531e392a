import Foundation
import Testing

/// Training days, unknown muscles and chart axes, through the real binary.
@Suite struct InsightScaleCommandTests {
    static let tokyo = ["TZ": "Asia/Tokyo"]

    func record(_ wlog: WlogProcess, _ arguments: String..., environment: [String: String] = tokyo) throws {
        let result = try wlog.run(["record"] + arguments, environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    /// East of UTC, a session that runs past local midnight is one training day, the day it
    /// started, and a streak does not grow the day after it.
    @Test func aSessionPastMidnightIsOneTrainingDayInTokyo() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        try record(wlog, "bench", "--reps", "5", "--weight", "80", "--at", "2026-11-02 23:30")
        try record(wlog, "bench", "--reps", "5", "--weight", "80", "--at", "2026-11-03 00:20")
        try record(wlog, "plank", "--duration", "1m", "--at", "2026-11-04 19:00")
        let result = try wlog.run(["summary", "--since", "2026-11-01", "--format", "json"], environment: Self.tokyo)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["sessions"] as? Int == 2 && summary["sets"] as? Int == 3)
        #expect(summary["training_days"] as? Int == 2, "\(summary)")
        let streak = try #require(summary["streak_days"] as? [String: Any])
        #expect(streak["longest"] as? Int == 1, "\(streak)")  // the 2nd and the 4th: no run of days
    }

    @Test func prsForAMuscleNoExerciseWorksIsAnError() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        try record(wlog, "bench", "--reps", "5", "--weight", "80")
        let result = try wlog.run("prs", "--muscle", "nonsense")
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("--muscle: \"nonsense\" is not accepted"), "\(result.stderr)")
        #expect(result.stderr.contains("chest") && result.stderr.contains("lats"), "\(result.stderr)")
        #expect(try wlog.run("prs", "--muscle", "Chest").status == 0)
    }

    @Test func reportAxesEndOnRoundValues() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        try record(wlog, "plank", "--duration", "2m6s", "--at", "2026-11-02 18:00")
        try record(wlog, "plank", "--duration", "1m50s", "--at", "2026-11-09 18:00")
        try record(wlog, "pull-up", "--reps", "13", "--at", "2026-11-02 18:10")
        try record(wlog, "pull-up", "--reps", "12", "--at", "2026-11-09 18:10")
        let result = try wlog.run(["report", "--out", "report.html"], environment: Self.tokyo)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: wlog.folder.appendingPathComponent("report.html"), encoding: .utf8)
        let labels = html.components(separatedBy: "class=\"label\">").dropFirst().compactMap {
            $0.components(separatedBy: "<").first
        }
        #expect(
            labels.contains("3m") && labels.contains("2m10s") && labels.contains("15") && labels.contains("14"),
            "\(labels)")
        #expect(!labels.contains("2m6s") && !labels.contains { $0.contains(".") }, "\(labels)")
    }
}

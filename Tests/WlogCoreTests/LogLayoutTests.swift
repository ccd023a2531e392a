import Foundation
import Testing

@testable import WlogCore

/// `history` for a terminal: each kind tag next to the sets it belongs to, effort kept, notes on one line.
@Suite struct LogLayoutTests {
    static func entry(
        _ id: Int64, minute: Int, reps: Int, kg: Double, kind: SetKind = .working, rpe: Double? = nil,
        note: String? = nil,
        exercise: (id: Int64, slug: String, name: String) = (1, "back-squat", "Back Squat")
    ) -> HistoryEntry {
        var entry = InsightFixture.entry(
            id, String(format: "2026-11-02T18:%02d:00Z", minute), reps: reps, weight: InsightFixture.kg(kg),
            kind: kind, exercise: exercise)
        entry.set.setNumber = Int(id)
        entry.set.rpe = rpe
        entry.set.note = note
        return entry
    }

    static func exerciseLine(_ entries: [HistoryEntry]) -> String {
        let lines = LogLayout.history(entries, timeZone: TimeZone(identifier: "UTC") ?? .current).split(separator: "\n")
        return lines.count > 1 ? String(lines[1]) : ""
    }

    @Test func eachKindTagFollowsTheSetsItBelongsTo() {
        let entries = [
            Self.entry(1, minute: 0, reps: 5, kg: 60, kind: .warmup),
            Self.entry(2, minute: 2, reps: 3, kg: 80, kind: .warmup),
            Self.entry(3, minute: 4, reps: 5, kg: 100), Self.entry(4, minute: 6, reps: 5, kg: 100),
            Self.entry(5, minute: 8, reps: 3, kg: 100, kind: .failure),
        ]
        #expect(
            Self.exerciseLine(entries.reversed())
                == "  Back Squat  5 @ 60 kg, 3 @ 80 kg [warmup]; 2×5 @ 100 kg; 3 @ 100 kg [failure]")
    }

    @Test func effortStaysOnMixedRows() {
        let entries = [
            Self.entry(1, minute: 0, reps: 5, kg: 60, kind: .warmup),
            Self.entry(2, minute: 2, reps: 5, kg: 100, rpe: 7),
            Self.entry(3, minute: 4, reps: 5, kg: 100, rpe: 8.5),
        ]
        #expect(
            Self.exerciseLine(entries) == "  Back Squat  5 @ 60 kg [warmup]; 5 @ 100 kg (RPE 7), 5 @ 100 kg (RPE 8.5)")
    }

    @Test func aMultiLineNoteStaysOnItsExercisesLine() {
        let other = (id: Int64(2), slug: "bench-press", name: "Bench Press")
        let entries = [
            Self.entry(1, minute: 0, reps: 5, kg: 100, note: "left knee\nfelt it\tlater"),
            Self.entry(2, minute: 5, reps: 5, kg: 80, exercise: other),
        ]
        let text = LogLayout.history(entries, timeZone: TimeZone(identifier: "UTC") ?? .current)
        #expect(
            text == """
                2026-11-02 Mon 18:00  session 1
                  Back Squat   5 @ 100 kg  “left knee ↵ felt it later”
                  Bench Press  5 @ 80 kg

                """)
    }
}

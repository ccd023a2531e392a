import Foundation

/// Corrections in words: what an edit changed (only that), and what `undo` took back and when.
public enum ChangeText {
    /// `Set 5, Bench Press: reps 12 → 11, weight 40 kg → 42.5 kg`, or `… nothing changed (12 @ 40 kg)`.
    public static func edit(_ edit: WorkoutLog.SetEdit, timeZone: TimeZone = .current) -> String {
        let before = edit.before.set
        let after = edit.after.set
        let head = "Set \(after.id ?? 0), \(edit.after.exercise): "
        var changes = changedFields(before, after, timeZone: timeZone)
        if before.sessionId != after.sessionId { changes.append("now in session \(after.sessionId)") }
        if let removed = edit.removedSession { changes.append("session \(removed), left empty, went away") }
        return head
            + (changes.isEmpty ? "nothing changed (\(SetSummary.compact([after])))" : changes.joined(separator: ", "))
    }

    /// `reps 12 → 11` for each value that differs.
    static func changedFields(_ before: LoggedSet, _ after: LoggedSet, timeZone: TimeZone) -> [String] {
        let none = "none"
        let fields: [(String, String, String)] = [
            ("reps", before.reps.map(String.init) ?? none, after.reps.map(String.init) ?? none),
            ("weight", SetSummary.load(before) ?? none, SetSummary.load(after) ?? none),
            (
                "duration", before.durationS.map(DurationInput.format) ?? none,
                after.durationS.map(DurationInput.format) ?? none
            ),
            (
                "distance", before.distanceM.map(DistanceInput.format) ?? none,
                after.distanceM.map(DistanceInput.format) ?? none
            ),
            ("RPE", before.rpe.map(NumberText.plain) ?? none, after.rpe.map(NumberText.plain) ?? none),
            ("RIR", before.rir.map(String.init) ?? none, after.rir.map(String.init) ?? none),
            ("kind", before.kind.rawValue, after.kind.rawValue),
            ("note", before.note.map { "\"\($0)\"" } ?? none, after.note.map { "\"\($0)\"" } ?? none),
            (
                "time", LogLayout.dateTime(before.performedAt, timeZone: timeZone),
                LogLayout.dateTime(after.performedAt, timeZone: timeZone)
            ),
        ]
        return fields.filter { $0.1 != $0.2 }.map { "\($0.0) \($0.1) → \($0.2)" }
    }

    /// `the record made 3 days ago`: the change `undo` would take back.
    public static func pending(_ change: LogChange, now: Date = Date()) -> String {
        "\(change.description) made \(RelativeTime.describe(change.madeAt, now: now))"
    }

    /// What `undo` did, with when the change it took back was made.
    public static func undone(_ result: WorkoutLog.UndoResult, now: Date = Date()) -> String {
        let change = result.change
        let when = RelativeTime.describe(change.madeAt, now: now)
        let sets = result.entries.map(\.set)
        let ids = sets.compactMap(\.id).map(String.init).joined(separator: ", ")
        var text: String
        switch change.action {
        case .record:
            text =
                "Removed \(result.entries.first?.exercise ?? "nothing"): \(SetSummary.compact(sets)) (set ids \(ids)), recorded \(when)"
        case .import:
            let sessions = Set(sets.map(\.sessionId)).count
            text = "Undid the import of \(counted(sets.count, "set")) in \(counted(sessions, "session")), made \(when)"
        case .edit:
            let entry = result.entries.first
            text =
                "Undid the edit of \(change.subject ?? "a set"), made \(when): \(entry?.exercise ?? "") \(SetSummary.compact(sets)) again"
        case .delete:
            text =
                "Undid the deletion of \(change.subject ?? "a set"), made \(when): \(counted(sets.count, "set")) back"
            if let entry = result.entries.first, sets.count == 1 {
                text += " (\(entry.exercise) \(SetSummary.compact(sets)))"
            }
        case .finish:
            text =
                "Undid the finish of \(change.subject ?? "a workout"), made \(when): its state, 1RMs and position are back"
        }
        if !result.removedSessions.isEmpty {
            text += "; left empty, \(counted(result.removedSessions.count, "session")) went with it"
        }
        return text
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

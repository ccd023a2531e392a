import Foundation

/// History and sessions laid out for people: newest first, grouped by session and exercise.
public enum LogLayout {
    /// `history` for a terminal: a line per session, then a line per exercise in it.
    public static func history(_ entries: [HistoryEntry], timeZone: TimeZone = .current) -> String {
        var lines: [String] = []
        var sessionOrder: [Int64] = []
        var bySession: [Int64: [HistoryEntry]] = [:]
        for entry in entries {
            if bySession[entry.set.sessionId] == nil { sessionOrder.append(entry.set.sessionId) }
            bySession[entry.set.sessionId, default: []].append(entry)
        }
        for sessionID in sessionOrder {
            let sets = (bySession[sessionID] ?? []).sorted {
                ($0.set.performedAt, $0.set.setNumber) < ($1.set.performedAt, $1.set.setNumber)
            }
            guard let first = sets.first else { continue }
            lines.append("\(dateTime(first.set.performedAt, timeZone: timeZone))  session \(sessionID)")
            var exerciseOrder: [String] = []
            var byExercise: [String: [HistoryEntry]] = [:]
            for entry in sets {
                if byExercise[entry.slug] == nil { exerciseOrder.append(entry.slug) }
                byExercise[entry.slug, default: []].append(entry)
            }
            let width =
                exerciseOrder.compactMap { byExercise[$0]?.first.map { TerminalText.cell($0.exercise).count } }.max()
                ?? 0
            for slug in exerciseOrder {
                let group = byExercise[slug] ?? []
                let name = TerminalText.cell(group.first?.exercise ?? slug)
                let notes = group.compactMap(\.set.note).uniqued().map(TerminalText.cell)
                var line =
                    "  " + Tabular.padded(name, to: width) + "  "
                    + setsByKind(group.map(\.set))
                if !notes.isEmpty { line += "  “\(notes.joined(separator: "; "))”" }
                lines.append(line.trimmingTrailingWhitespace())
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// An exercise's sets in a session, each run of one kind summed up and followed by its tag:
    /// `5 @ 60 kg [warmup]; 3×5 @ 100 kg (RPE 8); 5 @ 100 kg [failure]`. Working sets carry no tag.
    static func setsByKind(_ sets: [LoggedSet]) -> String {
        var runs: [[LoggedSet]] = []
        for set in sets {
            if let kind = runs.last?.last?.kind, kind == set.kind {
                runs[runs.count - 1].append(set)
            } else {
                runs.append([set])
            }
        }
        return runs.map { run in
            let tag = run[0].kind == .working ? "" : " [\(run[0].kind.rawValue)]"
            return SetSummary.compact(run) + tag
        }.joined(separator: "; ")
    }

    /// `sessions` as a table: date, duration, exercises, sets, volume.
    public static func sessions(_ summaries: [SessionSummary], unit: WeightUnit, timeZone: TimeZone = .current)
        -> Tabular
    {
        Tabular(
            headers: ["id", "date", "duration", "exercises", "sets", "volume", "name"],
            rows: summaries.map { summary in
                let minutes = Int(summary.duration / 60)
                let duration = minutes >= 60 ? "\(minutes / 60)h\(String(format: "%02d", minutes % 60))" : "\(minutes)m"
                let volume = summary.volumeKg / unit.kilograms
                return [
                    String(summary.session.id ?? 0),
                    dateTime(summary.firstSetAt ?? summary.session.startedAt, timeZone: timeZone), duration,
                    String(summary.exercises), String(summary.sets),
                    "\(NumberText.plain(volume.rounded())) \(unit.rawValue)",
                    [summary.session.name, summary.session.note].compactMap { $0 }.joined(separator: " — "),
                ]
            })
    }

    /// `2026-11-24 Tue 18:30` in `timeZone`.
    public static func dateTime(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd EEE HH:mm"
        return formatter.string(from: date)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

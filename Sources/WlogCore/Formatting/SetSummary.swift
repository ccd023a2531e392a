import Foundation

/// Sets written the way lifters write them: `3×12 @ 20 kg`, `12, 10, 8 @ 40 kg`,
/// `12 @ 40 kg, 10 @ 45 kg`, `3×45s`, `400 m in 1m30s`, `3×8 @ bw+10 kg`, `5 @ 100 kg (RPE 7), 2×5 @ 100 kg (RPE 8)`.
public enum SetSummary {
    /// The sets in one phrase; sets of different RPE or RIR are summed up in runs of equal effort,
    /// each followed by its own, so no set's effort is lost.
    public static func compact(_ sets: [LoggedSet]) -> String {
        var runs: [[LoggedSet]] = []
        for set in sets {
            if let last = runs.last?.last, last.rpe == set.rpe, last.rir == set.rir {
                runs[runs.count - 1].append(set)
            } else {
                runs.append([set])
            }
        }
        return runs.map(sameEffort).joined(separator: ", ")
    }

    /// Sets that share their RPE and RIR.
    private static func sameEffort(_ sets: [LoggedSet]) -> String {
        guard let first = sets.first else { return "" }
        let amounts = sets.map(amount)
        let loads = sets.map(load)
        let sameLoad = Set(loads.map { $0 ?? "" }).count == 1
        if Set(amounts).count == 1, sameLoad {
            let count = sets.count > 1 ? "\(sets.count)×" : ""
            return count + amounts[0] + (loads[0].map { " @ \($0)" } ?? "") + effort(first)
        }
        if sameLoad {
            return amounts.joined(separator: ", ") + (loads[0].map { " @ \($0)" } ?? "") + effort(first)
        }
        return zip(amounts, loads).map { amount, load in amount + (load.map { " @ \($0)" } ?? "") }.joined(
            separator: ", ") + effort(first)
    }

    /// Reps, else distance (with its time), else time.
    static func amount(_ set: LoggedSet) -> String {
        if let reps = set.reps {
            return set.durationS.map { "\(reps) in \(DurationInput.format($0))" } ?? String(reps)
        }
        if let distance = set.distanceM {
            return DistanceInput.format(distance) + (set.durationS.map { " in \(DurationInput.format($0))" } ?? "")
        }
        return set.durationS.map(DurationInput.format) ?? "?"
    }

    /// `40 kg`, `90 lb`, `bw`, `bw+10 kg`; `nil` without a weight.
    public static func load(_ set: LoggedSet) -> String? {
        guard let weight = set.weight else { return nil }
        let amount = weight.amount.map { "\(NumberText.plain($0)) \(weight.unit.rawValue)" }
        if weight.bodyweight { return amount.map { "bw+\($0)" } ?? "bw" }
        return amount
    }

    /// ` (RPE 8)`, ` (RIR 2)`, ` (RPE 8, RIR 2)`: the effort the sets share.
    private static func effort(_ first: LoggedSet) -> String {
        let parts = [first.rpe.map { "RPE \(NumberText.plain($0))" }, first.rir.map { "RIR \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }
}

/// Moments relative to now, in words: `4 days ago`, `yesterday`, `2 hours ago`.
public enum RelativeTime {
    public static func describe(_ date: Date, now: Date = Date()) -> String {
        Date.AnchoredRelativeFormatStyle(
            anchor: date, presentation: .named, unitsStyle: .wide, locale: Locale(identifier: "en_US")
        )
        .format(now)
    }
}

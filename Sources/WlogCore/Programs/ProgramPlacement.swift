import Foundation

/// Where a line ends up: `Squat[1-4]` copied into weeks 2 to 4 on the same day, then each day in order.
enum ProgramPlacement {
    /// The most exercise lines a program may stand for once its repeats are copied out.
    static let maximumEntries = 50_000

    /// The entries of every week's days, repeats copied in and `[order]` applied.
    static func place(_ weeks: [WrittenWeek], into diagnostics: inout [ProgramDiagnostic]) -> [[[WrittenEntry]]]? {
        let explicitKeys = weeks.map { $0.days.map { Set($0.entries.map(\.exercise.key)) } }
        var grid = weeks.map { $0.days.map(\.entries) }
        var copies: [[[(index: Int, entry: WrittenEntry)]]] = weeks.map { $0.days.map { _ in [] } }
        var total = grid.joined().reduce(0) { $0 + $1.count }
        for (weekIndex, week) in weeks.enumerated() {
            for (dayIndex, day) in week.days.enumerated() {
                for (index, entry) in day.entries.enumerated() {
                    guard let range = entry.exercise.repeatWeeks else { continue }
                    guard range.upperBound <= weeks.count else {
                        diagnostics.append(
                            ProgramDiagnostic(
                                at: entry.exercise.position,
                                "`\(ProgramDiagnostic.terminalSafe(entry.exercise.name))` repeats up to week \(range.upperBound), but the program has \(weeks.count) week\(weeks.count == 1 ? "" : "s")",
                                hint: "add the weeks with # Week headings, or shorten the range"))
                        continue
                    }
                    for target in range where target - 1 != weekIndex {
                        guard dayIndex < weeks[target - 1].days.count else {
                            diagnostics.append(
                                ProgramDiagnostic(
                                    at: entry.exercise.position,
                                    "`\(ProgramDiagnostic.terminalSafe(entry.exercise.name))` repeats into week \(target), which has no day \(dayIndex + 1)",
                                    hint: "add ## Day headings to week \(target), or shorten the range"))
                            break
                        }
                        if explicitKeys[target - 1][dayIndex].contains(entry.exercise.key) { continue }
                        copies[target - 1][dayIndex].append((index, entry))
                        total += 1
                    }
                    if total > maximumEntries {
                        diagnostics.append(
                            ProgramDiagnostic(
                                at: entry.exercise.position,
                                "the program stands for more than \(maximumEntries) exercise lines",
                                hint: "split it into smaller programs"))
                        return nil
                    }
                }
            }
        }
        for weekIndex in grid.indices {
            for dayIndex in grid[weekIndex].indices {
                grid[weekIndex][dayIndex] = merged(grid[weekIndex][dayIndex], copies[weekIndex][dayIndex])
            }
        }
        return grid
    }

    /// A day's own lines with the copies of repeated lines: a copy goes after the line at the place it had in
    /// its own week; then `[order]` applies.
    static func merged(_ own: [WrittenEntry], _ copies: [(index: Int, entry: WrittenEntry)]) -> [WrittenEntry] {
        guard !copies.isEmpty else { return ordered(own) }
        let placed =
            own.enumerated().map { (place: $0.offset, kind: 0, sequence: $0.offset, entry: $0.element) }
            + copies.enumerated().map {
                (place: $0.element.index, kind: 1, sequence: $0.offset, entry: $0.element.entry)
            }
        let sorted = placed.sorted { ($0.place, $0.kind, $0.sequence) < ($1.place, $1.kind, $1.sequence) }
        return ordered(sorted.map(\.entry))
    }

    /// The day's entries sorted by `[order]`, an entry without one keeping its place.
    static func ordered(_ entries: [WrittenEntry]) -> [WrittenEntry] {
        guard entries.contains(where: { $0.exercise.order != nil }) else { return entries }
        return entries.enumerated()
            .sorted {
                ($0.element.exercise.order ?? $0.offset + 1, $0.offset) < (
                    $1.element.exercise.order ?? $1.offset + 1, $1.offset
                )
            }
            .map(\.element)
    }
}

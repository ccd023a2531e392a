import Foundation

/// Gathers each exercise's one progression and update script from the lines that state them: a progression
/// stated once applies everywhere; two different ones for the same exercise are an error.
struct ProgressionCollector {
    let grid: [[[WrittenEntry]]]
    let lines: [[[ResolvedLine?]]]
    var progressions: [ExerciseKey: Progression] = [:]
    var updates: [ExerciseKey: CustomProgression] = [:]
    private var statedAt: [ExerciseKey: ProgramSourcePosition] = [:]

    init(grid: [[[WrittenEntry]]], lines: [[[ResolvedLine?]]]) {
        self.grid = grid
        self.lines = lines
    }

    mutating func collect(into diagnostics: inout [ProgramDiagnostic]) {
        var pending: [(WrittenExercise, ResolvedLine)] = []
        for (week, days) in grid.enumerated() {
            for (day, entries) in days.enumerated() {
                for (index, entry) in entries.enumerated() {
                    guard let line = lines[week][day][index] else { continue }
                    if case .progression(let progression) = line.progress {
                        record(
                            progression, for: entry.exercise, at: line.progressPosition ?? entry.exercise.position,
                            into: &diagnostics)
                    }
                    if case .script(let script) = line.update { updates[entry.exercise.key] = script }
                    pending.append((entry.exercise, line))
                }
            }
        }
        let scripts = scriptsByName()
        for (exercise, line) in pending {
            if case .reuse(let state, let name, let position) = line.progress {
                guard let source = scripts.progress[name.lowercased()] else {
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: position,
                            "`...\(ProgramDiagnostic.terminalSafe(name))` has no custom progression to reuse",
                            hint: "name an exercise whose progress is custom(…) {~ … ~}"))
                    continue
                }
                var merged = source
                merged.state =
                    source.state.map { variable in state.first { $0.name == variable.name } ?? variable }
                    + state.filter { variable in !source.state.contains { $0.name == variable.name } }
                record(
                    .custom(merged), for: exercise, at: line.progressPosition ?? exercise.position, into: &diagnostics)
            }
            if case .reuse(let name, let position) = line.update {
                guard let source = scripts.update[name.lowercased()] else {
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: position, "`...\(ProgramDiagnostic.terminalSafe(name))` has no update script to reuse",
                            hint: "name an exercise with update: custom() {~ … ~}"))
                    continue
                }
                updates[exercise.key] = source
            }
        }
    }

    mutating func record(
        _ progression: Progression, for exercise: WrittenExercise, at position: ProgramSourcePosition,
        into diagnostics: inout [ProgramDiagnostic]
    ) {
        let key = exercise.key
        guard let existing = progressions[key] else {
            progressions[key] = progression
            statedAt[key] = position
            return
        }
        guard existing.shape == progression.shape else {
            let first = statedAt[key].map { " (line \($0.line))" } ?? ""
            diagnostics.append(
                ProgramDiagnostic(
                    at: position,
                    "conflicting progressions for `\(ProgramDiagnostic.terminalSafe(exercise.name))`: \(ProgressionText.text(existing))\(first) and \(ProgressionText.text(progression))",
                    hint:
                        "an exercise has one progression for the whole program; state it once, use progress: none to skip a day, or give the other a label (heavy: \(ProgramDiagnostic.terminalSafe(exercise.name)))"
                ))
            return
        }
    }

    /// The first custom progression and update script each name answers to, in program order.
    func scriptsByName() -> (progress: [String: CustomProgression], update: [String: CustomProgression]) {
        var progress: [String: CustomProgression] = [:]
        var update: [String: CustomProgression] = [:]
        for days in grid {
            for entries in days {
                for entry in entries {
                    let key = entry.exercise.key
                    for name in ExerciseIndex.names(entry.exercise) {
                        if progress[name] == nil, case .custom(let custom) = progressions[key] {
                            progress[name] = custom
                        }
                        if update[name] == nil, let script = updates[key] { update[name] = script }
                    }
                }
            }
        }
        return (progress, update)
    }
}

import Foundation

/// Where each name a line answers to (its name, its label, `label: name`, without case) appears in the
/// placed program, week by week, so that `...Name` lookups do not scan the program.
struct ExerciseIndex {
    /// For each week (from 0) and name, the [week, day, index] of each line, in program order.
    private var byWeek: [[String: [[Int]]]]
    /// For each name, every [week, day, index] in program order.
    private var everywhere: [String: [[Int]]] = [:]

    init(grid: [[[WrittenEntry]]]) {
        byWeek = Array(repeating: [:], count: grid.count)
        for (week, days) in grid.enumerated() {
            for (day, entries) in days.enumerated() {
                for (index, entry) in entries.enumerated() {
                    for name in Self.names(entry.exercise) {
                        byWeek[week][name, default: []].append([week, day, index])
                        everywhere[name, default: []].append([week, day, index])
                    }
                }
            }
        }
    }

    static func names(_ exercise: WrittenExercise) -> Set<String> {
        var names: Set<String> = [exercise.name.lowercased()]
        if let label = exercise.label {
            names.insert(label.lowercased())
            names.insert("\(label): \(exercise.name)".lowercased())
        }
        return names
    }

    /// The first line named `name` in week `week` (from 0), on day `day` (from 0) when given, other than `own`.
    func first(named name: String, week: Int, day: Int?, excluding own: [Int]) -> [Int]? {
        guard byWeek.indices.contains(week) else { return nil }
        return byWeek[week][name.lowercased()]?.first { ($0[1] == day || day == nil) && $0 != own }
    }

    /// Every line named `name`, in program order.
    func all(named name: String) -> [[Int]] {
        everywhere[name.lowercased()] ?? []
    }
}

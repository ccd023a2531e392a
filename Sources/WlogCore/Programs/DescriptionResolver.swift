import Foundation

/// Carries descriptions forward: an exercise keeps its last description in later weeks and days until a new
/// one replaces it or an empty `//` clears it; a day keeps the description of the same day of earlier weeks.
enum DescriptionResolver {
    struct Resolved {
        var weeks: [String?]
        var days: [[String?]]
        var exercises: [[[(texts: [String], index: Int)]]]
    }

    static func resolve(weeks: [WrittenWeek], grid: [[[WrittenEntry]]]) -> Resolved {
        var last: [ExerciseKey: (texts: [String], index: Int)] = [:]
        var lastDay: [Int: String] = [:]
        var result = Resolved(weeks: [], days: [], exercises: [])
        var references: [(week: Int, day: Int, index: Int, ReuseReference)] = []
        for (weekIndex, week) in weeks.enumerated() {
            result.weeks.append(text(week.description))
            var days: [String?] = []
            var exerciseDays: [[(texts: [String], index: Int)]] = []
            for (dayIndex, day) in week.days.enumerated() {
                switch day.description {
                case .none: break
                case .some(.texts(let texts, _)): lastDay[dayIndex] = texts.joined(separator: "\n\n")
                case .some: lastDay[dayIndex] = nil
                }
                days.append(lastDay[dayIndex])
                var exercises: [(texts: [String], index: Int)] = []
                for entry in grid[weekIndex][dayIndex] {
                    let key = entry.exercise.key
                    switch entry.description {
                    case .none: break
                    case .some(.clear): last[key] = nil
                    case .some(.texts(let texts, let current)): last[key] = (texts, current)
                    case .some(.reuse(let reference)):
                        references.append((weekIndex, dayIndex, exercises.count, reference))
                    }
                    exercises.append(last[key] ?? ([], 1))
                }
                exerciseDays.append(exercises)
            }
            result.days.append(days)
            result.exercises.append(exerciseDays)
        }
        let index = ExerciseIndex(grid: grid)
        for (week, day, position, reference) in references {
            let targetWeek = (reference.week ?? week + 1) - 1
            if let found = index.first(
                named: reference.name, week: targetWeek, day: reference.day.map { $0 - 1 },
                excluding: [week, day, position])
            {
                result.exercises[week][day][position] = result.exercises[found[0]][found[1]][found[2]]
            }
        }
        return result
    }

    static func text(_ description: WrittenDescription?) -> String? {
        if case .texts(let texts, _) = description { return texts.joined(separator: "\n\n") }
        return nil
    }
}

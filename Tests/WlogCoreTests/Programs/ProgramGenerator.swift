import Foundation

@testable import WlogCore

/// Writes random but valid programs from a seed, for the property tests: every construct the parser
/// knows, in random combinations, so that round trips and simulations meet them all.
struct ProgramGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }

    /// A number from 0 to `bound - 1` (a 64-bit linear congruential step, good enough for test data).
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

    /// A line with exercise variations: one progression moves it from movement to movement.
    static let ladder = "Step Up | ! Split Squat, Dumbbell | Pistol Squat"
    static let names = [
        "Squat", "Bench Press", "Deadlift", "Overhead Press", "Row", "Chin Up", "Curl", "Lunge", ladder,
    ]
    /// Every movement the names stand for, each of which may have a 1RM.
    static let movements = names.filter { !$0.contains("|") } + ["Step Up", "Split Squat", "Pistol Squat"]

    mutating func program() -> String {
        var lines: [String] = []
        let weeks = 1 + next(3)
        let days = 1 + next(3)
        for week in 1...weeks {
            if next(3) == 0 { lines.append("// Week \(week) notes: keep **form** first.") }
            lines.append("# Week \(week)")
            for day in 1...days {
                if next(4) == 0 { lines.append("// Day \(day) focus") }
                lines.append("## Day \(day)")
                var used = Set<String>()
                for _ in 0..<(1 + next(3)) {
                    let name = pick(Self.names)
                    guard used.insert(name).inserted else { continue }
                    if next(4) == 0 { lines.append(next(2) == 0 ? "// Cue for \(name)." : "//") }
                    if next(5) == 0 { lines.append("/// a note") }
                    lines.append(exercise(name))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One exercise line; the progression depends only on the name, so that no two lines conflict.
    mutating func exercise(_ name: String) -> String {
        var sections = [name]
        for variation in 0..<(1 + (next(4) == 0 ? 1 : 0)) {
            let groups = (0..<(1 + next(2))).map { _ in group() }.joined(separator: ", ")
            sections.append((variation == 1 && next(2) == 0 ? "! " : "") + groups)
        }
        if next(3) == 0 { sections.append(pick(["60kg", "80%", "90s", "@8", "135lb 120s"])) }
        if next(4) == 0 { sections.append(pick(["warmup: none", "warmup: 1x5 20kg, 1x3 60%", "warmup: 2x5 45lb"])) }
        if next(5) == 0 { sections.append("superset: A") }
        if next(6) == 0 { sections.append("id: tags(\(1 + next(3)))") }
        if name == "Curl" { sections.append(Self.dropSets) }
        sections.append(next(6) == 0 ? "progress: none" : Self.progression(name))
        sections.shuffle(using: &self, keepingFirst: true)
        return sections.joined(separator: " / ")
    }

    mutating func group() -> String {
        var words = ["\(1 + next(5))x" + pick(["5", "8", "8-12", "3+", "10"])]
        if next(5) == 0 { words.append(pick(["(Top)", "(Back)"])) }
        words.append(pick(["", "100kg", "62.5kg", "225lb", "75%", "72.5%+", "?+", "50kg+"]))
        if next(3) == 0 { words.append(pick(["@7", "@8.5", "@9+"])) }
        if next(3) == 0 { words.append(pick(["60s", "180s", "45s|15s", "30s+|60s", "20s|?", "40s|20s auto"])) }
        return words.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func progression(_ name: String) -> String {
        switch name {
        case "Squat": "progress: lp(2.5kg, 2, 0, 5kg, 2, 0)"
        case "Bench Press": "progress: lp(5%)"
        case "Deadlift": "progress: lp(10lb)"
        case "Overhead Press": "progress: dp(2.5kg, 5, 8)"
        case "Row": "progress: sum(20, 5lb)"
        case "Chin Up":
            "progress: custom(wins: 0, step: 2.5kg) {~\n  if (completedReps >= reps) {\n    state.wins += 1\n    weights += state.step\n  } else {\n    setVariationIndex += 1\n  }\n~}"
        case "Curl":
            "progress: custom() {~\n  if (completedReps >= reps) {\n    reps += 1\n    numberOfSets = 3\n  }\n~}"
        case ladder:
            "progress: custom() {~\n  if (completedReps >= reps) {\n    exerciseVariationIndex += 1\n  } else {\n    exerciseVariationIndex = 1\n  }\n~}"
        default: "progress: dp(5%, 8, 10)"
        }
    }

    /// An update script that adds a lighter AMRAP set once the first set is done.
    static let dropSets =
        "update: custom() {~\n  if (setIndex == 1 && numberOfSets < 6) {\n    numberOfSets += 1\n    sets(numberOfSets, numberOfSets, 5, 5, 1, weights[1] * 0.8, 30, 0)\n  }\n~}"
}

extension ProgramGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}

extension Array {
    /// Shuffled, except the first element, which stays first.
    mutating func shuffle(using generator: inout ProgramGenerator, keepingFirst: Bool) {
        guard count > 2 else { return }
        let rest = self[1...].shuffled(using: &generator)
        self = [self[0]] + rest
    }
}

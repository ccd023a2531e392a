extension Array where Element: Equatable {
    /// Runs of equal neighbouring elements, each with how many it holds (`3 × 5 @ 100 kg`).
    func equalRuns() -> [(Int, Element)] {
        var runs: [(Int, Element)] = []
        for element in self {
            if let last = runs.last, last.1 == element {
                runs[runs.count - 1].0 += 1
            } else {
                runs.append((1, element))
            }
        }
        return runs
    }
}

import Foundation

/// How the simulation does each set: at its reps (rep ranges at the top), AMRAP sets `amrapExtraReps`
/// past them, and the last set one rep short when the exercise fails that session.
struct SimulatedEffort: Sendable {
    var amrapExtraReps = 0
    var failed = false

    /// The reps done on set `index` (from 0) of `count` sets.
    func reps(_ set: PrescribedSet, index: Int, of count: Int) -> Int {
        let reps = set.reps + (set.isAMRAP ? amrapExtraReps : 0)
        return failed && index == count - 1 ? max(0, reps - 1) : reps
    }
}

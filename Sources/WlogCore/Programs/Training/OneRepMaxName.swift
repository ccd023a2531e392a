import Foundation

/// The one rule for whose 1RM a program's weights use: a 1RM belongs to a movement, by its name as the
/// program writes it. An exercise line with variations (`Squat | ! Front Squat`) uses the 1RM of the
/// movement done today (`PlannedExercise.movementName`): `next`, `finish`, the progressions and
/// `program 1rm` all store and look up 1RMs under that name, never under the line's first name.
public enum OneRepMaxName {
    /// The movement name a 1RM given for `written` is stored under: a movement of any line (any of its
    /// variations) by its name, else a line by its label or `label: Name, Equipment`, which names the
    /// movement it does today; any case. Nil when nothing in `program` is called so.
    public static func movement(_ written: String, in program: Program) -> String? {
        let wanted = written.trimmingCharacters(in: .whitespaces).lowercased()
        let lines = program.weeks.flatMap(\.days).flatMap(\.exercises)
        for line in lines {
            let movements = line.exerciseVariations.isEmpty ? [line.currentMovement] : line.exerciseVariations
            if let movement = movements.first(where: { $0.name.lowercased() == wanted }) { return movement.name }
        }
        let line = lines.first {
            $0.displayName.lowercased() == wanted || $0.label?.lowercased() == wanted
                || $0.currentMovement.text.lowercased() == wanted
        }
        return line?.movementName
    }
}

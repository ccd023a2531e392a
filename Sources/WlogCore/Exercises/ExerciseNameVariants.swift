/// The ways the apps spell one lift, reduced to keys that compare equal: `Bicep Curl (Dumbbell)`
/// (Strong, Hevy), `Lateral Dumbbell Raise` and `Flat Barbell Bench Press` (FitNotes),
/// `Bench Press - Close Grip (Barbell)` and `Pull Up (Weighted)` (Hevy).
///
/// A key is the name's words in order, lower-case, letters and digits only (`Pull-Up`, `Pull Up`
/// and `Pullup` are one key), without words that only restate the default (`flat`, `biceps`),
/// with `tricep` read as `triceps`. The equipment is taken from a qualifier in parentheses (the
/// part before ` - `, as in `Cable - Rope`) or from an equipment word inside the name; `Weighted`
/// means bodyweight work with added load.
enum ExerciseNameVariants {
    /// One way to read a name: keys that may name the exercise, and the equipment it must allow.
    struct Reading: Equatable {
        var keys: Set<String>
        var equipment: String?
    }

    private static let fillers: Set<String> = ["flat", "bicep", "biceps"]
    private static let synonyms = ["tricep": "triceps"]
    /// Equipment words found inside names, longest first.
    private static let equipmentWords: [[String]] = [
        ["ez", "bar"], ["smith", "machine"], ["barbell"], ["dumbbell"], ["cable"], ["machine"], ["kettlebell"],
    ]

    /// The name's words as keys compare them.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.compactMap { piece in
            let word = String(piece)
            return fillers.contains(word) ? nil : synonyms[word] ?? word
        }
    }

    static func key(_ text: String) -> String {
        words(text).joined()
    }

    /// The readings of `name`, most literal first.
    static func readings(_ name: String) -> [Reading] {
        var movement = name
        var equipment: String?
        if let (base, qualifier) = ExerciseMatcher.split(name) {
            let main = qualifier.components(separatedBy: " - ")[0]
            if EquipmentName.isEquipment(main) {
                equipment = EquipmentName.key(main)
            } else if main.lowercased() == "weighted" {
                equipment = "body weight"
            } else {
                return [Reading(keys: [key(name)], equipment: nil)]
            }
            movement = base
        }
        let parts = movement.components(separatedBy: " - ")
        var movements = [parts.joined(separator: " ")]
        if parts.count == 2 { movements += ["\(parts[1]) \(parts[0])", parts[0]] }
        return movements.map { reading(words($0), equipment: equipment) }
    }

    /// The keys of `words` done with `equipment`: as written, and with the equipment's words
    /// at each place (`Incline Bench Press (Dumbbell)` is `Incline Dumbbell Bench Press`). An
    /// equipment word inside the name is the equipment when no qualifier gave one.
    private static func reading(_ movementWords: [String], equipment given: String?) -> Reading {
        var words = movementWords
        var equipment = given
        if equipment == nil {
            for candidate in equipmentWords {
                guard
                    let start = words.indices.first(where: { Array(words[$0...].prefix(candidate.count)) == candidate }
                    ),
                    words.count > candidate.count
                else { continue }
                words.removeSubrange(start..<(start + candidate.count))
                equipment = EquipmentName.key(candidate.joined(separator: " "))
                break
            }
        }
        var keys: Set<String> = [movementWords.joined(), words.joined()]
        if let equipment {
            let inserted = equipment.split(separator: " ").map(String.init)
            for position in 0...words.count {
                keys.insert((Array(words[..<position]) + inserted + Array(words[position...])).joined())
            }
        }
        return Reading(keys: keys, equipment: equipment)
    }

    /// Whether an exercise stored with `stored` equipment can be the lift named with `wanted`:
    /// the same equipment, or a close stand-in (an EZ bar for a barbell, a kettlebell for a
    /// dumbbell, a cable station for a machine).
    static func allows(_ stored: String?, _ wanted: String?) -> Bool {
        guard let wanted, let stored else { return true }
        if stored == wanted { return true }
        let standIns: Set<Set<String>> = [["barbell", "ez bar"], ["dumbbell", "kettlebell"], ["cable", "machine"]]
        return standIns.contains([stored, wanted])
    }
}

import Foundation

/// Maps the exercise names of other apps onto the store, without ever guessing by prefix:
///
/// 1. `--map` overrides, by the name as the file writes it;
/// 2. the exact slug, name or alias (any case);
/// 3. the apps' spellings (`ExerciseNameVariants`): `Movement (Equipment)`, as Strong and Hevy
///    write names, is the exercise named (or aliased) `Movement`, or `Movement` with the
///    equipment's name at any place, whose equipment allows it, so `Bench Press (Barbell)` is
///    Bench Press and `Bench Press (Dumbbell)` is Dumbbell Bench Press; an equipment word inside
///    the name counts the same (`Lateral Dumbbell Raise`); names compare by letters and digits
///    (`Pull Up` is Pull-Up); `Pull Up (Weighted)` is Pull-Up, its weight the added load;
/// 4. otherwise a new custom exercise: `Movement` with that equipment, or the name as written.
///
/// Among variants of one movement, the default one is taken: the one whose slug is its plain name.
struct ExerciseMatcher {
    private struct Entry {
        var exercise: Exercise
        var labels: [String]
        /// The labels and slug as `ExerciseNameVariants` keys.
        var keys: Set<String>
        var equipmentKey: String?
    }

    private let entries: [Entry]
    private let bySlug: [String: Entry]
    /// Positions in `entries`, in stored order, by lower-cased name, lower-cased alias and
    /// variant key: a name is matched by a few lookups, not by a pass over the whole library.
    private let byName: [String: [Int]]
    private let byAlias: [String: [Int]]
    private let byKey: [String: [Int]]
    /// Overrides: the file's name, lower-cased, to the exercise.
    private var overrides: [String: Exercise]

    /// A matcher over `exercises` (in the order they were stored) with their `aliases` (by
    /// exercise id, in order); resolves each `--map` target (a slug, name or alias). The store
    /// reads them with `init(_:overrides:)`.
    init(exercises: [Exercise], aliases aliasesByID: [Int64: [String]], overrides: [String: String]) throws {
        let entries = exercises.map { exercise in
            let labels = [exercise.name] + (aliasesByID[exercise.id ?? 0] ?? [])
            return Entry(
                exercise: exercise, labels: labels,
                keys: Set((labels + [exercise.slug]).map(ExerciseNameVariants.key)),
                equipmentKey: EquipmentName.key(exercise.equipment))
        }
        self.entries = entries
        bySlug = Dictionary(entries.map { ($0.exercise.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: [Int]] = [:]
        var byAlias: [String: [Int]] = [:]
        var byKey: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            byName[entry.exercise.name.lowercased(), default: []].append(position)
            for alias in Set(entry.labels.dropFirst().map { $0.lowercased() }) {
                byAlias[alias, default: []].append(position)
            }
            for key in entry.keys { byKey[key, default: []].append(position) }
        }
        (self.byName, self.byAlias, self.byKey) = (byName, byAlias, byKey)
        self.overrides = [:]
        var resolved: [String: Exercise] = [:]
        for (name, target) in overrides {
            guard let exercise = exact(target) else {
                throw ExerciseMapError.unknownTarget(name: name, target: target)
            }
            resolved[name.lowercased()] = exercise
        }
        self.overrides = resolved
    }

    /// What the file's `name` (with the slug a wlog export gives) becomes.
    func match(_ name: String, slug: String? = nil) -> ExerciseMatch {
        if let exercise = overrides[name.lowercased()] { return .existing(exercise) }
        if let slug {
            if let entry = bySlug[slug] { return .existing(entry.exercise) }
            return .new(NewExercise(name: name, equipment: nil, slug: slug))
        }
        if let exercise = exact(name) { return .existing(exercise) }
        for reading in ExerciseNameVariants.readings(name) {
            let sharingAKey = Set(reading.keys.flatMap { byKey[$0] ?? [] }).sorted()
            let found = sharingAKey.map { entries[$0] }.filter {
                ExerciseNameVariants.allows($0.equipmentKey, reading.equipment)
            }
            if let chosen = Self.preferred(found) { return .existing(chosen) }
        }
        if let (movement, qualifier) = Self.split(name), EquipmentName.isEquipment(qualifier) {
            let stored = EquipmentName.canonical(qualifier)
            return .new(
                NewExercise(name: movement, equipment: stored, slug: ExerciseNaming.slugify("\(movement) \(stored)")))
        }
        let plain = ExerciseNaming.slugify(name)
        return .new(NewExercise(name: name, equipment: nil, slug: plain.isEmpty ? "imported-exercise" : plain))
    }

    /// The exact slug, else the exact name, else the exact alias, in any case.
    private func exact(_ text: String) -> Exercise? {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let entry = bySlug[lowered] { return entry.exercise }
        if let named = Self.preferred((byName[lowered] ?? []).map { entries[$0] }) { return named }
        return Self.preferred((byAlias[lowered] ?? []).map { entries[$0] })
    }

    /// The default variant: the one whose slug is its plain name, else the first stored.
    private static func preferred(_ candidates: [Entry]) -> Exercise? {
        (candidates.first { $0.exercise.slug == ExerciseNaming.slugify($0.exercise.name) } ?? candidates.first)?
            .exercise
    }

    /// `Bench Press (Barbell)` → (`Bench Press`, `Barbell`).
    static func split(_ name: String) -> (String, String)? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let movement = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let qualifier = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        guard !movement.isEmpty, !qualifier.isEmpty else { return nil }
        return (movement, qualifier)
    }
}

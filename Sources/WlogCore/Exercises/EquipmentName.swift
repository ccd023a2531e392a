import Foundation

/// Equipment as different sources spell it: `body only`, `Bodyweight` and `body weight` are one
/// thing, and so are `kettlebells` and `Kettlebell`, or `e-z curl bar` and `EZ Bar`.
enum EquipmentName {
    /// Lower-case words that stand for the same equipment, for comparing two spellings; nil for none.
    static func key(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
        guard !words.isEmpty else { return nil }
        return synonyms[words] ?? words
    }

    /// Whether a qualifier such as the `Barbell` of `Bench Press (Barbell)` names equipment.
    static func isEquipment(_ text: String) -> Bool {
        guard let key = key(text) else { return false }
        return known.contains(key)
    }

    /// How wlog stores equipment that another source spells its own way: `body only` → `body weight`.
    static func canonical(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let key = key(trimmed), key != "machine" else { return trimmed.lowercased() }
        return key
    }

    /// `barbell` → `Barbell`, `body weight` → `Body Weight`, as the apps write it in names.
    static func title(_ text: String) -> String {
        text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static let synonyms: [String: String] = [
        "body only": "body weight", "bodyweight": "body weight", "body": "body weight",
        "kettlebells": "kettlebell", "dumbbells": "dumbbell", "barbells": "barbell", "cables": "cable",
        "e z curl bar": "ez bar", "ez curl bar": "ez bar", "ezbar": "ez bar", "ez barbell": "ez bar",
        "bands": "band", "resistance band": "band", "resistance bands": "band",
        "leverage machine": "machine", "machines": "machine",
    ]

    private static let known: Set<String> = [
        "barbell", "dumbbell", "cable", "machine", "kettlebell", "body weight", "ez bar", "band", "smith machine",
        "medicine ball", "exercise ball", "foam roll", "plate", "trap bar", "sled", "suspension", "landmine",
    ]
}

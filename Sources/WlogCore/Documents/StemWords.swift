/// Splits the glued movement or equipment part of a `<movement>_<equipment>.md` file name into
/// words: `inclinehammercurl` → `Incline Hammer Curl`. Each word must be one the description
/// uses or a common word of exercise names, and the words keep the stem's own order.
enum StemWords {
    /// Words that exercise and equipment names are made of, for stems whose description does not spell them.
    static let common: Set<String> = [
        "ab", "abs", "alternating", "arm", "arms", "arnold", "back", "ball", "band", "banded", "bar", "barbell",
        "bench",
        "bent", "bicep", "biceps", "bird", "body", "bodyweight", "box", "bridge", "bulgarian", "butterfly", "cable",
        "calf", "carry", "chest", "chin", "clean", "close", "concentration", "crossover", "crunch", "curl", "deadlift",
        "decline", "deficit", "delt", "dip", "dips", "dog", "donkey", "down", "drag", "dumbbell", "elevated",
        "extension",
        "ez", "face", "farmer", "flat", "floor", "fly", "flye", "front", "glute", "goblet", "good", "grip", "hack",
        "hammer", "hang", "hanging", "high", "hip", "hold", "hyperextension", "incline", "jerk", "jump", "kettlebell",
        "kick", "kickback", "knee", "landmine", "lat", "lateral", "leg", "leverage", "lunge", "lying", "machine",
        "military", "morning", "narrow", "neutral", "one", "overhead", "pec", "pistol", "plank", "plate", "power",
        "preacher", "press", "pull", "pulldown", "pullover", "push", "raise", "rear", "reverse", "ring", "rings",
        "romanian", "rope", "row", "russian", "seated", "shoulder", "shrug", "side", "single", "sit", "skull",
        "crusher", "sled", "smith", "snatch", "split", "squat", "stability", "standing", "step", "stiff", "straight",
        "sumo", "swing", "thrust", "toe", "trap", "tricep", "triceps", "twist", "two", "underhand", "up", "upright",
        "walk", "weighted", "wide", "wrist", "zercher",
    ]

    /// The words of `stem` in its own order, fewest words first, each from the description or
    /// the common words and written as the description writes it, with a capital first letter;
    /// `nil` when the stem does not split into such words.
    static func name(of stem: String, description: String?) -> String? {
        let letters = Array(stem.lowercased())
        guard letters.count > 1 else { return nil }
        var spelling: [String: String] = [:]
        for word in (description ?? "").split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where word.count > 1 {
            let key = word.lowercased()
            if spelling[key] == nil { spelling[key] = String(word) }
        }
        func isWord(_ key: String) -> Bool { spelling[key] != nil || common.contains(key) }
        // fewest[end]: the fewest words the first `end` letters split into, and where the last of them starts.
        var fewest: [(count: Int, start: Int)?] = Array(repeating: nil, count: letters.count + 1)
        fewest[0] = (0, 0)
        for end in 1...letters.count {
            for start in 0..<end - 1 {
                guard let before = fewest[start], isWord(String(letters[start..<end])) else { continue }
                if fewest[end].map({ before.count + 1 < $0.count }) ?? true { fewest[end] = (before.count + 1, start) }
            }
        }
        guard fewest[letters.count] != nil else { return nil }
        var words: [String] = []
        var end = letters.count
        while end > 0, let step = fewest[end] {
            let start = step.start
            let key = String(letters[start..<end])
            words.insert(capitalisingFirstLetter(spelling[key] ?? key), at: 0)
            end = start
        }
        return words.joined(separator: " ")
    }

    /// `squat` → `Squat`; `EZ` and `Bench-Press` stay as they are.
    static func capitalisingFirstLetter(_ word: String) -> String {
        guard let first = word.first, first.isLowercase else { return word }
        return first.uppercased() + word.dropFirst()
    }
}

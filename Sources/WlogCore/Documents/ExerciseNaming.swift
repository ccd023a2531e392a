import Foundation

/// Works out an exercise's name, slug and equipment when the front matter does not give them,
/// from the file name and, for `<movement>_<equipment>.md` names, from the description's words.
enum ExerciseNaming {
    struct Derived: Equatable {
        var name: String
        var slug: String
        var equipment: String?
    }

    static func derive(fileName: String, name: String?, slug: String?, equipment: String?, description: String?)
        -> Derived
    {
        let stem = (fileName as NSString).deletingPathExtension
        let parts = stem.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts.allSatisfy(isRunOfLetters) {
            let movement = description.flatMap { phrase(matching: parts[0], in: $0) }
            let recoveredEquipment = description.flatMap { phrase(matching: parts[1], in: $0) }
            // The slug keeps the stem's parts as they always were, so a folder imported again
            // updates the exercises it made before rather than adding new ones.
            let movementName =
                movement.map(capitalisingWords) ?? StemWords.name(of: parts[0], description: description)
                ?? titleCased(parts[0])
            let equipmentName =
                equipment ?? recoveredEquipment ?? StemWords.name(of: parts[1], description: description)
                ?? titleCased(parts[1])
            return Derived(
                name: name ?? movementName,
                slug: slug ?? slugify("\(movement ?? parts[0]) \(recoveredEquipment ?? parts[1])"),
                equipment: equipmentName
            )
        }
        return Derived(name: name ?? titleCased(stem), slug: slug ?? slugify(stem), equipment: equipment)
    }

    /// `Reverse Hyperextension!` → `reverse-hyperextension`.
    static func slugify(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
    }

    /// `slugify` for ASCII text, where folding is only lower-casing: runs of letters and digits, joined by hyphens.
    private static func asciiSlug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var inRun = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if !inRun, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                inRun = true
            } else {
                inRun = false
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slugify(slug) == slug
    }

    private static func isRunOfLetters(_ part: String) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber }
    }

    private static func titleCased(_ stem: String) -> String {
        stem.split { $0 == "-" || $0 == "_" || $0 == " " }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }

    /// `barbell squat` → `Barbell Squat`; words already capitalised, such as `EZ-Bar`, stay as written.
    private static func capitalisingWords(_ phrase: String) -> String {
        phrase.split(separator: " ").map { StemWords.capitalisingFirstLetter(String($0)) }.joined(separator: " ")
    }

    /// The letters and digits of an ASCII word, lower-cased.
    private static func asciiKey(_ word: Substring) -> String {
        String(
            decoding: word.utf8.compactMap { byte in
                switch byte {
                case 0x41...0x5A: byte + 0x20
                case 0x61...0x7A, 0x30...0x39: byte
                default: nil
                }
            }, as: UTF8.self)
    }

    /// The run of words in `text` whose letters, run together, spell `letters`:
    /// `leveragemachine` in "…with the Leverage Machine Reverse…" gives "Leverage Machine".
    static func phrase(matching letters: String, in text: String) -> String? {
        let target = letters.lowercased()
        let words = text.split(whereSeparator: \.isWhitespace)
        // A word's key is the same with or without its punctuation, so words are trimmed only
        // when they are returned; ASCII words need no Unicode case mapping.
        let keys =
            text.utf8.allSatisfy({ $0 < 0x80 })
            ? words.map(asciiKey)
            : words.map {
                $0.trimmingCharacters(in: .punctuationCharacters).lowercased().filter { $0.isLetter || $0.isNumber }
            }
        for start in keys.indices where !keys[start].isEmpty && target.hasPrefix(keys[start]) {
            var joined = ""
            for end in start..<keys.count {
                joined += keys[end]
                if joined == target {
                    return words[start...end].map { $0.trimmingCharacters(in: .punctuationCharacters) }.joined(
                        separator: " ")
                }
                if !target.hasPrefix(joined) { break }
            }
        }
        return nil
    }
}

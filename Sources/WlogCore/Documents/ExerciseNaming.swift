import Foundation

/// Works out an exercise's name, slug and equipment when the front matter does not give them,
/// from the file name and, for `<movement>_<equipment>.md` names, from the description's words.
enum ExerciseNaming {
    struct Derived: Equatable {
        var name: String
        var slug: String
        var equipment: String?
    }

    static func derive(fileName: String, name: String?, slug: String?, equipment: String?, description: String?) -> Derived {
        let stem = (fileName as NSString).deletingPathExtension
        let parts = stem.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts.allSatisfy(isRunOfLetters) {
            let movement = description.flatMap { phrase(matching: parts[0], in: $0) }
            let recoveredEquipment = description.flatMap { phrase(matching: parts[1], in: $0) }
            let movementName = movement ?? titleCased(parts[0])
            let equipmentName = equipment ?? recoveredEquipment ?? titleCased(parts[1])
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
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
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

    /// The run of words in `text` whose letters, run together, spell `letters`:
    /// `leveragemachine` in "…with the Leverage Machine Reverse…" gives "Leverage Machine".
    static func phrase(matching letters: String, in text: String) -> String? {
        let target = letters.lowercased()
        let words = text.split(whereSeparator: \.isWhitespace).map { word in
            word.trimmingCharacters(in: .punctuationCharacters)
        }
        let keys = words.map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        for start in keys.indices where !keys[start].isEmpty && target.hasPrefix(keys[start]) {
            var joined = ""
            for end in start..<keys.count {
                joined += keys[end]
                if joined == target { return words[start...end].joined(separator: " ") }
                if !target.hasPrefix(joined) { break }
            }
        }
        return nil
    }
}

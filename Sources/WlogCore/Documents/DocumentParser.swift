import Foundation

/// Parses exercise documents: a pure function from a file's name and bytes to an
/// `ExerciseDocument`, or a `DocumentError` saying what is wrong and on which line.
public enum DocumentParser {
    /// Parses the bytes of a file named `fileName` (used for the name and slug when the front matter gives none).
    public static func parse(_ data: Data, fileName: String) throws(DocumentError) -> ExerciseDocument {
        try parse(text: DocumentText.decode(data), fileName: fileName)
    }

    /// Parses text that is already decoded; every line break ends a line, whichever it is (see `splitIntoLines`).
    public static func parse(text: String, fileName: String) throws(DocumentError) -> ExerciseDocument {
        let lines = text.splitIntoLines()
        let (yaml, bodyStart) = try splitFrontMatter(lines)
        let frontMatter = try FrontMatter(yaml: yaml, firstLine: 2)
        if let slug = frontMatter.slug, !ExerciseNaming.isValidSlug(slug) {
            throw DocumentError(
                line: frontMatter.keyLines["slug"], message: "slug `\(slug)` is not valid",
                hint: "use lower-case letters, digits and single hyphens, such as `\(ExerciseNaming.slugify(slug))`")
        }
        let derived = ExerciseNaming.derive(
            fileName: fileName, name: frontMatter.name, slug: frontMatter.slug, equipment: frontMatter.equipment,
            description: frontMatter.description)
        guard !derived.slug.isEmpty else {
            throw DocumentError(
                line: 1, message: "no name could be made for this document",
                hint: "add `name:` to the front matter or rename the file")
        }

        var markerLine: Int?
        for index in bodyStart..<lines.count where isHowToMarker(lines[index]) {
            if let first = markerLine {
                throw DocumentError(
                    line: index + 1, message: "a second `<!-- howto -->` marker (the first is on line \(first + 1))",
                    hint: "keep one marker before the step-by-step part")
            }
            markerLine = index
        }
        let bodyLines = lines[bodyStart..<(markerLine ?? lines.count)]
        let howToLines = markerLine.map { lines[($0 + 1)...] } ?? []

        let metadata = ExerciseMetadata(
            name: derived.name, slug: derived.slug, aliases: frontMatter.aliases, video: frontMatter.video,
            description: frontMatter.description, equipment: derived.equipment, muscles: frontMatter.muscles,
            secondaryMuscles: frontMatter.secondaryMuscles, category: frontMatter.category, tags: frontMatter.tags
        )
        var document = ExerciseDocument(
            frontMatterYAML: yaml,
            metadata: metadata,
            body: SectionParser.sections(in: bodyLines, headingKind: SectionKind.classify),
            hasHowTo: markerLine != nil,
            howTo: SectionParser.sections(in: howToLines) { $0 == nil ? .other : .step }
        )
        document.extraFrontMatter = frontMatter.extras
        return document
    }

    static func isHowToMarker(_ line: String) -> Bool {
        guard line.containsByte(UInt8(ascii: "<")) else { return false }
        let compact = line.lowercased().filter { !$0.isWhitespace }
        return compact == "<!--howto-->"
    }

    /// The YAML text between the opening and closing `---` lines, and the index of the first body line.
    private static func splitFrontMatter(_ lines: [String]) throws(DocumentError) -> (String, Int) {
        guard let first = lines.first, first.trimmingSpaces() == "---" else { return ("", 0) }
        guard
            let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingSpaces()) })
        else {
            throw DocumentError(
                line: 1, message: "the front matter opened on line 1 is never closed",
                hint: "end it with a line holding only ---")
        }
        let yaml = lines[1..<close].map { $0 + "\n" }.joined()
        return (yaml, close + 1)
    }
}

/// An exercise document as parsed: its front matter, the free-form body before
/// `<!-- howto -->`, and the step-by-step part after it. Every sentence of the file is kept, in order.
public struct ExerciseDocument: Equatable, Sendable, Codable {
    /// The YAML between the `---` lines, as written (after text repair); empty when there is none.
    public var frontMatterYAML: String
    /// Front matter keys wlog does not interpret, each with its value as YAML.
    public var extraFrontMatter: [String: String] = [:]
    public var metadata: ExerciseMetadata
    public var body: [DocumentSection]
    /// Whether the document carries a `<!-- howto -->` marker.
    public var hasHowTo: Bool
    public var howTo: [DocumentSection]

    public init(
        frontMatterYAML: String, metadata: ExerciseMetadata, body: [DocumentSection], hasHowTo: Bool,
        howTo: [DocumentSection]
    ) {
        self.frontMatterYAML = frontMatterYAML
        self.metadata = metadata
        self.body = body
        self.hasHowTo = hasHowTo
        self.howTo = howTo
    }

    /// The first body section of `kind`, if any.
    public func section(_ kind: SectionKind) -> DocumentSection? {
        body.first { $0.kind == kind }
    }
}

/// What an exercise is called and how it is described, from the front matter and the file name.
public struct ExerciseMetadata: Equatable, Sendable, Codable {
    public var name: String
    public var slug: String
    public var aliases: [String]
    public var video: String?
    public var description: String?
    public var equipment: String?
    public var muscles: [String]
    public var secondaryMuscles: [String]
    public var category: String?
    public var tags: [String]

    public init(
        name: String, slug: String, aliases: [String] = [], video: String? = nil, description: String? = nil,
        equipment: String? = nil, muscles: [String] = [], secondaryMuscles: [String] = [],
        category: String? = nil, tags: [String] = []
    ) {
        self.name = name
        self.slug = slug
        self.aliases = aliases
        self.video = video
        self.description = description
        self.equipment = equipment
        self.muscles = muscles
        self.secondaryMuscles = secondaryMuscles
        self.category = category
        self.tags = tags
    }
}

/// A heading and what stands under it, up to the next heading.
public struct DocumentSection: Equatable, Sendable, Codable {
    public var kind: SectionKind
    /// The heading as written (a bold heading keeps its colon); `nil` for text before the first heading.
    public var heading: String?
    /// 1 to 6 for `#` headings, 0 for a bold line standing alone; `nil` without a heading.
    public var headingLevel: Int?
    public var blocks: [DocumentBlock]

    public init(kind: SectionKind, heading: String?, headingLevel: Int?, blocks: [DocumentBlock]) {
        self.kind = kind
        self.heading = heading
        self.headingLevel = headingLevel
        self.blocks = blocks
    }
}

/// One numbered item, bulleted item or paragraph.
public struct DocumentBlock: Equatable, Sendable, Codable {
    public var style: BlockStyle
    /// The bold lead of an item (`**Breathing**:` gives `Breathing`).
    public var label: String?
    /// The text after the label; continuation lines are kept, joined by newlines.
    public var text: String

    public init(style: BlockStyle, label: String? = nil, text: String) {
        self.style = style
        self.label = label
        self.text = text
    }
}

/// How a block is written.
public enum BlockStyle: String, Equatable, Sendable, Codable {
    case numbered, bulleted, paragraph
}

/// What a section is for, recognised from its heading by a forgiving match.
public enum SectionKind: String, Equatable, Sendable, Codable, CaseIterable {
    case setup, execution, tips, mistakes, benefits, step, other

    /// The kind a body heading names: "Tips:", "Tips for Proper Form" and "Form Tips" are all `tips`.
    public static func classify(heading: String?) -> SectionKind {
        guard let heading else { return .other }
        let words = heading.withASCIIBytes(asciiWords) ?? heading.lowercased().split { !$0.isLetter }.map(String.init)
        func starts(_ stems: String...) -> Bool {
            words.contains { word in stems.contains { word.startsWithASCII($0) } }
        }
        func phrase(_ phrases: [String]...) -> Bool {
            phrases.contains { phrase in
                words.count >= phrase.count
                    && (0...(words.count - phrase.count)).contains { start in
                        phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
                    }
            }
        }
        if starts("mistake", "error", "pitfall", "avoid", "fault") { return .mistakes }
        if starts("tip", "cue", "pointer", "advice") || phrase(["proper", "form"]) { return .tips }
        if starts("benefit", "advantage") || phrase(["why"]) { return .benefits }
        if starts("setup", "preparation", "prepare")
            || phrase(["set", "up"], ["starting", "position"], ["start", "position"], ["getting", "ready"])
        {
            return .setup
        }
        if starts("execution", "execute", "instruction", "perform", "technique", "movement", "steps")
            || phrase(["how", "to"])
        {
            return .execution
        }
        return .other
    }

    /// The runs of letters of an ASCII heading, lower-cased.
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        bytes.split { !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) }
            .map { word in String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self) }
    }
}

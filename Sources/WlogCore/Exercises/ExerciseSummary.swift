/// One exercise as the `exercises` listing shows it.
public struct ExerciseSummary: Codable, Equatable, Sendable {
    public var slug: String
    public var name: String
    public var equipment: String?
    public var category: String?
    public var muscles: [String]
    public var secondaryMuscles: [String]
    public var aliases: [String]

    enum CodingKeys: String, CodingKey {
        case slug, name, equipment, category, muscles, aliases
        case secondaryMuscles = "secondary_muscles"
    }
}

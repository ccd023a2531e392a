import Foundation
import GRDB

/// An exercise of the content store: what can be shown, searched and logged against.
public struct Exercise: Codable, Equatable, Identifiable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "exercise"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var slug: String
    public var name: String
    public var equipment: String?
    public var category: String?
    public var video: String?
    public var description: String?
    public var frontMatter: String
    public var hasHowto: Bool
    public var origin: String
    public var contentHash: String
    public var createdAt: Date
    public var updatedAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The columns, for queries that read like sentences.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let slug = Column(CodingKeys.slug)
        public static let name = Column(CodingKeys.name)
        public static let equipment = Column(CodingKeys.equipment)
    }
}

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

/// What importing one document did to the store.
public enum ImportOutcome: Sendable, Equatable {
    case added, updated, unchanged
}

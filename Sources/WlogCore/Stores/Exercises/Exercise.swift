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

    /// The columns, for queries that read like sentences (public because GRDB's `TableRecord`
    /// asks for them; only the stores use them).
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let slug = Column(CodingKeys.slug)
        public static let name = Column(CodingKeys.name)
        public static let equipment = Column(CodingKeys.equipment)
        public static let origin = Column(CodingKeys.origin)
    }
}

/// The query pieces every exercise request shares.
extension DerivableRequest<Exercise> {
    /// The exercise stored under `slug`, compared as stored (the unique index on `slug` finds it).
    func filter(slug: String) -> Self {
        filter(Exercise.Columns.slug == slug)
    }

    /// The exercise whose slug is `slug` in any case.
    func filter(slugIgnoringCase slug: String) -> Self {
        filter(Exercise.Columns.slug.collating(.nocase) == slug)
    }

    /// The exercise an import from `origin` stored.
    func filter(origin: String) -> Self {
        filter(Exercise.Columns.origin == origin)
    }

    /// In slug order, as exports list them.
    func orderedBySlug() -> Self {
        order(Exercise.Columns.slug)
    }

    /// In the order they were stored.
    func orderedByID() -> Self {
        order(Exercise.Columns.id)
    }
}

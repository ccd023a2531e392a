import GRDB

/// An exercise as a row of `exercise`. The exercise store reads exercises through this type, so
/// that GRDB's record protocols stay off the public `Exercise`.
struct ExerciseRow: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = "exercise"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    /// The exercise this row holds.
    var exercise: Exercise

    init(from decoder: any Decoder) throws {
        exercise = try Exercise(from: decoder)
    }

    /// The columns, for queries that read like sentences.
    enum Columns {
        static let id = Column("id")
        static let slug = Column("slug")
        static let name = Column("name")
        static let equipment = Column("equipment")
        static let origin = Column("origin")
    }
}

extension Exercise {
    /// Every exercise `sql` (a statement over `exercise` rows) finds.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws
        -> [Exercise]
    {
        try ExerciseRow.fetchAll(db, sql: sql, arguments: arguments).map(\.exercise)
    }

    /// The first exercise `sql` finds, if any.
    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws
        -> Exercise?
    {
        try ExerciseRow.fetchOne(db, sql: sql, arguments: arguments)?.exercise
    }
}

/// The query pieces every exercise request shares.
extension DerivableRequest<ExerciseRow> {
    /// The exercise stored under `slug`, compared as stored (the unique index on `slug` finds it).
    func filter(slug: String) -> Self {
        filter(ExerciseRow.Columns.slug == slug)
    }

    /// The exercise whose slug is `slug` in any case.
    func filter(slugIgnoringCase slug: String) -> Self {
        filter(ExerciseRow.Columns.slug.collating(.nocase) == slug)
    }

    /// The exercise an import from `origin` stored.
    func filter(origin: String) -> Self {
        filter(ExerciseRow.Columns.origin == origin)
    }

    /// In slug order, as exports list them.
    func orderedBySlug() -> Self {
        order(ExerciseRow.Columns.slug)
    }

    /// In the order they were stored.
    func orderedByID() -> Self {
        order(ExerciseRow.Columns.id)
    }
}

import Foundation
import GRDB

/// Reads and writes exercises and their documents: the tables `exercise`, `exercise_alias`,
/// `exercise_muscle`, `exercise_tag`, `exercise_section`, `exercise_block` and the full-text index
/// `exercise_search`. Every SQL statement about these tables lives in this folder: lookup,
/// search, custom exercises, document imports (free-exercise-db placement included) and the
/// name matching of history imports. Reading the log to prefer the exercise used last goes
/// through `WorkoutLog+ExerciseUse.swift`.
public struct ExerciseStore: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    // MARK: Reading

    /// Every exercise, by name, optionally only those working `muscle` (primary or secondary)
    /// or using `equipment`, both matched case-insensitively.
    public func summaries(muscle: String? = nil, equipment: String? = nil) throws -> [ExerciseSummary] {
        try database.read { db in try Self.summaries(muscle: muscle, equipment: equipment, in: db) }
    }

    /// The `exercises` listing: the summaries `summaries(muscle:equipment:)` gives, and whether
    /// the store has no exercise at all, read together.
    public func listing(muscle: String? = nil, equipment: String? = nil) throws -> ExerciseListing {
        try database.read { db in
            let exercises = try Self.summaries(muscle: muscle, equipment: equipment, in: db)
            let libraryIsEmpty = try exercises.isEmpty && ExerciseRow.fetchCount(db) == 0
            return ExerciseListing(exercises: exercises, libraryIsEmpty: libraryIsEmpty)
        }
    }

    private static func summaries(muscle: String?, equipment: String?, in db: Database) throws -> [ExerciseSummary] {
        var sql = "SELECT * FROM exercise WHERE 1"
        var arguments: StatementArguments = []
        if let muscle {
            sql += " AND id IN (SELECT exercise_id FROM exercise_muscle WHERE muscle = ? COLLATE NOCASE)"
            _ = arguments.append(contentsOf: [muscle])
        }
        if let equipment {
            sql += " AND equipment = ? COLLATE NOCASE"
            _ = arguments.append(contentsOf: [equipment])
        }
        sql += " ORDER BY name COLLATE NOCASE, slug"
        let exercises = try Exercise.fetchAll(db, sql: sql, arguments: arguments)
        return try exercises.map { try summary(of: $0, in: db) }
    }

    /// The number of exercises in the store.
    public func count() throws -> Int {
        try database.read { db in try ExerciseRow.fetchCount(db) }
    }

    /// The listing entry for one exercise.
    public func summary(of exercise: Exercise) throws -> ExerciseSummary {
        try database.read { db in try Self.summary(of: exercise, in: db) }
    }

    private static func summary(of exercise: Exercise, in db: Database) throws -> ExerciseSummary {
        let id = exercise.id ?? 0
        return ExerciseSummary(
            slug: exercise.slug, name: exercise.name, equipment: exercise.equipment, category: exercise.category,
            muscles: try muscles(of: id, role: "primary", in: db),
            secondaryMuscles: try muscles(of: id, role: "secondary", in: db),
            aliases: try String.fetchAll(
                db, sql: "SELECT alias FROM exercise_alias WHERE exercise_id = ? ORDER BY position", arguments: [id]))
    }

    private static func muscles(of id: Int64, role: String, in db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT muscle FROM exercise_muscle WHERE exercise_id = ? AND role = ? ORDER BY position",
            arguments: [id, role])
    }

    /// Every exercise with its document, in slug order, as `export exercises` writes them.
    public func allDocuments() throws -> [ExerciseDocument] {
        try database.read { db in
            try ExerciseRow.all().orderedBySlug().fetchAll(db).map { try Self.document(of: $0.exercise, in: db) }
        }
    }

    /// The document of `exercise`, rebuilt from the store's tables.
    public func document(of exercise: Exercise) throws -> ExerciseDocument {
        try database.read { db in try Self.document(of: exercise, in: db) }
    }

    /// The exercise `query` names (see `resolve`) with its document, read in one transaction.
    public func document(named query: String) throws -> ExerciseDocument {
        try database.read { db in try Self.document(of: try Self.resolve(query, in: db), in: db) }
    }

    private static func document(of exercise: Exercise, in db: Database) throws -> ExerciseDocument {
        let id = exercise.id ?? 0
        let metadata = ExerciseMetadata(
            name: exercise.name, slug: exercise.slug,
            aliases: try String.fetchAll(
                db, sql: "SELECT alias FROM exercise_alias WHERE exercise_id = ? ORDER BY position", arguments: [id]),
            video: exercise.video, description: exercise.description, equipment: exercise.equipment,
            muscles: try muscles(of: id, role: "primary", in: db),
            secondaryMuscles: try muscles(of: id, role: "secondary", in: db),
            category: exercise.category,
            tags: try String.fetchAll(
                db, sql: "SELECT tag FROM exercise_tag WHERE exercise_id = ? ORDER BY position", arguments: [id]))
        var document = ExerciseDocument(
            frontMatterYAML: exercise.frontMatter, metadata: metadata,
            body: try sections(of: id, part: "body", in: db), hasHowTo: exercise.hasHowto,
            howTo: try sections(of: id, part: "howto", in: db))
        document.extraFrontMatter = FrontMatter.extraKeys(yaml: exercise.frontMatter)
        return document
    }

    private static func sections(of id: Int64, part: String, in db: Database) throws -> [DocumentSection] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.kind, s.heading, s.heading_level, b.style, b.label, b.text
                FROM exercise_section s LEFT JOIN exercise_block b ON b.section_id = s.id
                WHERE s.exercise_id = ? AND s.part = ?
                ORDER BY s.position, b.position
                """, arguments: [id, part])
        var sections: [DocumentSection] = []
        var currentID: Int64?
        for row in rows {
            let sectionID: Int64 = row["id"]
            if sectionID != currentID {
                currentID = sectionID
                sections.append(
                    DocumentSection(
                        kind: SectionKind(rawValue: row["kind"]) ?? .other, heading: row["heading"],
                        headingLevel: row["heading_level"], blocks: []))
            }
            if let style: String = row["style"], let blockStyle = BlockStyle(rawValue: style) {
                sections[sections.count - 1].blocks.append(
                    DocumentBlock(style: blockStyle, label: row["label"], text: row["text"]))
            }
        }
        return sections
    }
}

import Foundation
import GRDB

/// Reads and writes exercises and their documents. Every SQL statement about exercises lives here.
public struct ExerciseRepository: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    // MARK: Writing

    /// Stores `document` under its slug inside the caller's transaction: inserts it, replaces the
    /// content of the exercise that has that slug (keeping its id), or does nothing when the
    /// content hash is the same.
    static func save(_ document: ExerciseDocument, origin: String, in db: Database, now: Date = Date(), hash known: String? = nil) throws -> ImportOutcome {
        let hash = known ?? DocumentHash.of(document)
        let metadata = document.metadata
        let stored = try Row.fetchOne(db.cachedStatement(sql: "SELECT content_hash FROM exercise WHERE slug = ?"), arguments: [metadata.slug])
        if let stored, stored["content_hash"] == hash { return .unchanged }
        let existing = stored == nil ? nil : try Exercise.filter { $0.slug == metadata.slug }.fetchOne(db)
        var exercise = existing ?? Exercise(
            id: nil, slug: metadata.slug, name: metadata.name, frontMatter: "", hasHowto: false,
            origin: origin, contentHash: hash, createdAt: now, updatedAt: now)
        exercise.name = metadata.name
        exercise.equipment = metadata.equipment
        exercise.category = metadata.category
        exercise.video = metadata.video
        exercise.description = metadata.description
        exercise.frontMatter = document.frontMatterYAML
        exercise.hasHowto = document.hasHowTo
        exercise.origin = origin
        exercise.contentHash = hash
        exercise.updatedAt = now
        let outcome: ImportOutcome = existing == nil ? .added : .updated
        if existing != nil {
            try exercise.update(db)
            try deleteContent(of: exercise, in: db)
        } else {
            try insertRow(&exercise, in: db)
        }
        guard let id = exercise.id else { return outcome }
        try insertContent(of: document, exerciseID: id, in: db)
        return outcome
    }

    /// Inserts a new exercise row through a cached statement (an import inserts thousands).
    private static func insertRow(_ exercise: inout Exercise, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO exercise (slug, name, equipment, category, video, description, front_matter, has_howto, origin,
                                  content_hash, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                exercise.slug, exercise.name, exercise.equipment, exercise.category, exercise.video, exercise.description,
                exercise.frontMatter, exercise.hasHowto, exercise.origin, exercise.contentHash, exercise.createdAt, exercise.updatedAt,
            ])
        exercise.id = db.lastInsertedRowID
    }

    private static func deleteContent(of exercise: Exercise, in db: Database) throws {
        guard let id = exercise.id else { return }
        for table in ["exercise_alias", "exercise_muscle", "exercise_tag", "exercise_section"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE exercise_id = ?").execute(arguments: [id])
        }
        try db.cachedStatement(sql: "DELETE FROM exercise_search WHERE rowid = ?").execute(arguments: [id])
    }

    /// Writes the document's parts; statements are cached, as an import runs them thousands of times.
    private static func insertContent(of document: ExerciseDocument, exerciseID id: Int64, in db: Database) throws {
        let metadata = document.metadata
        let alias = try db.cachedStatement(sql: "INSERT INTO exercise_alias (exercise_id, position, alias) VALUES (?, ?, ?)")
        for (position, name) in metadata.aliases.enumerated() {
            try alias.execute(arguments: [id, position, name])
        }
        let muscle = try db.cachedStatement(sql: "INSERT INTO exercise_muscle (exercise_id, role, position, muscle) VALUES (?, ?, ?, ?)")
        for (role, muscles) in [("primary", metadata.muscles), ("secondary", metadata.secondaryMuscles)] {
            for (position, name) in muscles.enumerated() {
                try muscle.execute(arguments: [id, role, position, name])
            }
        }
        let tag = try db.cachedStatement(sql: "INSERT INTO exercise_tag (exercise_id, position, tag) VALUES (?, ?, ?)")
        for (position, name) in metadata.tags.enumerated() {
            try tag.execute(arguments: [id, position, name])
        }
        let section = try db.cachedStatement(sql: """
            INSERT INTO exercise_section (exercise_id, part, position, kind, heading, heading_level) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let block = try db.cachedStatement(sql: "INSERT INTO exercise_block (section_id, position, style, label, text) VALUES (?, ?, ?, ?, ?)")
        for (part, sections) in [("body", document.body), ("howto", document.howTo)] {
            for (position, content) in sections.enumerated() {
                try section.execute(arguments: [id, part, position, content.kind.rawValue, content.heading, content.headingLevel])
                let sectionID = db.lastInsertedRowID
                for (blockPosition, item) in content.blocks.enumerated() {
                    try block.execute(arguments: [sectionID, blockPosition, item.style.rawValue, item.label, item.text])
                }
            }
        }
        try db.cachedStatement(sql: "INSERT INTO exercise_search (rowid, name, aliases, body) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, metadata.name, metadata.aliases.joined(separator: " "), DocumentHash.searchableText(of: document)])
    }

    // MARK: Reading

    /// Every exercise, by name, optionally only those working `muscle` (primary or secondary)
    /// or using `equipment`, both matched case-insensitively.
    public func summaries(muscle: String? = nil, equipment: String? = nil) throws -> [ExerciseSummary] {
        try database.writer.read { db in
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
    }

    /// The number of exercises in the store.
    public func count() throws -> Int {
        try database.writer.read { db in try Exercise.fetchCount(db) }
    }

    /// The listing entry for one exercise.
    public func summary(of exercise: Exercise) throws -> ExerciseSummary {
        try database.writer.read { db in try summary(of: exercise, in: db) }
    }

    private func summary(of exercise: Exercise, in db: Database) throws -> ExerciseSummary {
        let id = exercise.id ?? 0
        return ExerciseSummary(
            slug: exercise.slug, name: exercise.name, equipment: exercise.equipment, category: exercise.category,
            muscles: try Self.muscles(of: id, role: "primary", in: db),
            secondaryMuscles: try Self.muscles(of: id, role: "secondary", in: db),
            aliases: try String.fetchAll(db, sql: "SELECT alias FROM exercise_alias WHERE exercise_id = ? ORDER BY position", arguments: [id]))
    }

    private static func muscles(of id: Int64, role: String, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT muscle FROM exercise_muscle WHERE exercise_id = ? AND role = ? ORDER BY position", arguments: [id, role])
    }

    /// Every exercise with its document, in slug order, as `export exercises` writes them.
    public func allDocuments() throws -> [ExerciseDocument] {
        try database.writer.read { db in
            try Exercise.order(Exercise.Columns.slug).fetchAll(db).map { try Self.document(of: $0, in: db) }
        }
    }

    /// The document of `exercise`, rebuilt from the store's tables.
    public func document(of exercise: Exercise) throws -> ExerciseDocument {
        try database.writer.read { db in try Self.document(of: exercise, in: db) }
    }

    private static func document(of exercise: Exercise, in db: Database) throws -> ExerciseDocument {
        let id = exercise.id ?? 0
        let metadata = ExerciseMetadata(
            name: exercise.name, slug: exercise.slug,
            aliases: try String.fetchAll(db, sql: "SELECT alias FROM exercise_alias WHERE exercise_id = ? ORDER BY position", arguments: [id]),
            video: exercise.video, description: exercise.description, equipment: exercise.equipment,
            muscles: try muscles(of: id, role: "primary", in: db),
            secondaryMuscles: try muscles(of: id, role: "secondary", in: db),
            category: exercise.category,
            tags: try String.fetchAll(db, sql: "SELECT tag FROM exercise_tag WHERE exercise_id = ? ORDER BY position", arguments: [id]))
        var document = ExerciseDocument(
            frontMatterYAML: exercise.frontMatter, metadata: metadata,
            body: try sections(of: id, part: "body", in: db), hasHowTo: exercise.hasHowto,
            howTo: try sections(of: id, part: "howto", in: db))
        document.extraFrontMatter = FrontMatter.extraKeys(yaml: exercise.frontMatter)
        return document
    }

    private static func sections(of id: Int64, part: String, in db: Database) throws -> [DocumentSection] {
        let rows = try Row.fetchAll(db, sql: """
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
                sections.append(DocumentSection(
                    kind: SectionKind(rawValue: row["kind"]) ?? .other, heading: row["heading"],
                    headingLevel: row["heading_level"], blocks: []))
            }
            if let style: String = row["style"], let blockStyle = BlockStyle(rawValue: style) {
                sections[sections.count - 1].blocks.append(DocumentBlock(style: blockStyle, label: row["label"], text: row["text"]))
            }
        }
        return sections
    }
}

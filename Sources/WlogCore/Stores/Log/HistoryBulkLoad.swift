import GRDB

/// How a large history import writes `logged_set`: instead of adding each set to every index of
/// the table and running the insert triggers of migrations 0012 (streak memo) and 0013 (exercise
/// totals) once per set, it drops the indexes that no lookup of the import reads and those two
/// triggers, inserts, then does once what the triggers would have done set by set and re-creates
/// every index and trigger from the very text `sqlite_master` held (SQLite builds an index by
/// sorting, far cheaper than a million random B-tree inserts). All of it happens inside the
/// import's one transaction: an interrupted import leaves the schema and the rows as they were.
struct HistoryBulkLoad {
    /// The fewest sets a file holds for its import to load in bulk; it must also hold at least as
    /// many sets as the log, or re-building the log's indexes costs more than it saves.
    static let minimumSets = 10000

    /// The page cache while the indexes are sorted, in KiB (SQLite's default): each sort holds as
    /// much in memory before it writes a sorted run to a temporary file.
    private static let sortCacheKibibytes = 2000

    /// The insert triggers whose work `finish` does once for all the new sets.
    private static let insertTriggers = ["streak_memo_after_set_insert", "logged_set_adds_to_totals"]

    /// The indexes the import reads while it writes: a session's sets (whether an own Strong
    /// export's set is logged) and, when the log holds imported sets, import keys (which sets are
    /// in the log already). Otherwise the unique key index is sorted again too: a duplicate key,
    /// which the plan never writes, would fail the import as a whole.
    private static let readIndexes: Set<String> = ["logged_set_by_session"]
    static let importKeyIndex = "logged_set_by_import_key"

    /// The statements that re-create what was dropped: the indexes, then the triggers.
    private let schema: [String]
    /// The statistics of the dropped indexes (`sqlite_stat1`), which dropping them deleted.
    private let statistics: [(table: String, index: String, stat: String?)]
    /// The largest set id before the import: the new sets are those after it.
    private let lastSetID: Int64

    /// Whether an import of a file of `fileSets` sets loads in bulk into the log of `db`.
    static func suits(fileSets: Int, minimumSets: Int, in db: Database) throws -> Bool {
        guard fileSets >= minimumSets else { return false }
        return try fileSets >= Int.fetchOne(db, sql: "SELECT COUNT(*) FROM logged_set") ?? 0
    }

    /// Drops the indexes that the import does not read (and `alsoRead`) and the insert triggers.
    init(in db: Database, alsoRead: Set<String>) throws {
        let kept = Self.readIndexes.union(alsoRead)
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND tbl_name = 'logged_set' AND sql IS NOT NULL ORDER BY rowid
                """
        ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }.filter { !kept.contains($0.name) }
        let triggers = try Row.fetchAll(
            db,
            sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'logged_set' ORDER BY rowid"
        ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }.filter {
            Self.insertTriggers.contains($0.name)
        }
        statistics = try Self.statistics(of: indexes.map(\.name), in: db)
        lastSetID = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM logged_set") ?? 0
        schema = indexes.map(\.sql) + triggers.map(\.sql)
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name.quotedDatabaseIdentifier)") }
    }

    /// Brings the tables the triggers keep up to date with the new sets, then re-creates the
    /// indexes and triggers and puts their statistics back.
    func finish(in db: Database) throws {
        // With temporary storage in memory (the connection's setting) SQLite sorts a whole index
        // in memory; in a file, it sorts a page cache's worth at a time and merges. The import's
        // large page cache is not needed by the sorts, which take its memory instead.
        let temporaryStorage = try Int.fetchOne(db, sql: "PRAGMA temp_store")
        try? db.execute(sql: "PRAGMA temp_store = FILE")
        defer { if let temporaryStorage { try? db.execute(sql: "PRAGMA temp_store = \(temporaryStorage)") } }
        try DatabaseMaintenance.withPageCache(db, kibibytes: Self.sortCacheKibibytes) {
            try recountTotals(db)
            try forgetStreaks(db)
            for statement in schema { try db.execute(sql: statement) }
        }
        for row in statistics {
            try db.execute(
                sql: "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                arguments: [row.table, row.index, row.stat])
        }
    }

    /// 0013's totals of every exercise the import added sets to, counted again from its sets, as
    /// migration 0013 counts them.
    private func recountTotals(_ db: Database) throws {
        let touched = "SELECT DISTINCT exercise_id FROM logged_set WHERE id > \(lastSetID)"
        try db.execute(sql: "DELETE FROM exercise_log_totals WHERE exercise_id IN (\(touched))")
        try db.execute(
            sql: """
                INSERT INTO exercise_log_totals
                SELECT exercise_id, SUM(kind <> 'warmup'), SUM(kind = 'warmup'),
                       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN reps END), 0),
                       COALESCE(SUM(CASE WHEN kind <> 'warmup' AND bodyweight = 0 AND weight_kg > 0 THEN reps * weight_kg END), 0),
                       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN duration_s END), 0),
                       COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN distance_m END), 0),
                       SUM(kind <> 'warmup' AND duration_s IS NOT NULL AND reps IS NULL AND distance_m IS NULL),
                       COUNT(DISTINCT session_id)
                FROM logged_set WHERE exercise_id IN (\(touched)) GROUP BY exercise_id
                """)
    }

    /// What 0012's insert trigger does for each new set: the memo rows whose point is at or after
    /// the start of a session that gained a set are no longer exact.
    private func forgetStreaks(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM streak_memo WHERE covers_through >= (
                    SELECT min(started_at) FROM workout_session
                    WHERE id IN (SELECT DISTINCT session_id FROM logged_set WHERE id > ?))
                """, arguments: [lastSetID])
    }

    private static func statistics(of indexes: [String], in db: Database) throws
        -> [(table: String, index: String, stat: String?)]
    {
        guard try db.tableExists("sqlite_stat1"), !indexes.isEmpty else { return [] }
        return try Row.fetchAll(
            db, sql: "SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = 'logged_set'"
        ).compactMap { row in
            guard let index = row["idx"] as String?, indexes.contains(index) else { return nil }
            return (table: row["tbl"], index: index, stat: row["stat"])
        }
    }
}

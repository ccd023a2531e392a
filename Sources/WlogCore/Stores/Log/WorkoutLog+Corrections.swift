import Foundation
import GRDB

/// Corrections: edit, delete and undo. Each edit and delete is written to the change journal
/// (`record_batch`) with the rows as they were, so that `undo` can take back whichever change
/// came last, and only that one.
extension WorkoutLog {
    /// What `undo` took back.
    public struct UndoResult: Sendable, Equatable {
        public var change: LogChange
        /// The sets a record or an import stored, now removed; or the sets an edit or a delete
        /// changed, as they are again.
        public var entries: [HistoryEntry]
        /// Sessions left empty, which went away.
        public var removedSessions: [Int64]
    }

    /// What `edit set` did.
    public struct SetEdit: Sendable, Equatable {
        public var before: HistoryEntry
        public var after: HistoryEntry
        /// The session the set left, when it was left empty and went away.
        public var removedSession: Int64?
    }

    /// The newest change to the log, the only one `undo` takes back; `nil` when there is none.
    public func latestChange() throws -> LogChange? {
        try database.read { db in try Self.latestChange(db) }
    }

    /// The newest of the newest journal entry and the newest finished program workout, by time
    /// (a tie is the journal entry's: a record that finished the workout first came after it).
    static func latestChange(_ db: Database) throws -> LogChange? {
        let batch = try ChangeBatch.all().newestFirst().fetchOne(db)?.change
        guard let finish = try ProgramStore.latestFinish(db) else { return batch }
        guard let batch else { return finish }
        return finish.madeAt > batch.madeAt ? finish : batch
    }

    /// Takes back the newest change, whatever it was; `nil` when there is nothing to undo.
    public func undo() throws -> UndoResult? {
        guard let change = try latestChange() else { return nil }
        return try undo(change)
    }

    /// Takes back `change`, which must still be the newest (else `LogError.changedMeanwhile`):
    /// removes the sets of a record or an import, or puts back the rows an edit or a delete
    /// changed, or puts a program a finish moved back as it was. A session this leaves empty goes
    /// away, except one a record joined but did not open, or one named or noted since.
    public func undo(_ change: LogChange) throws -> UndoResult {
        try database.write { db in
            // Ids are reused after an undo, so the same id alone could be a newer change made since.
            guard try Self.latestChange(db) == change else { throw LogError.changedMeanwhile }
            if change.action == .finish {
                try ProgramStore.undoFinish(change.id, now: Date(), db)
                return UndoResult(change: change, entries: [], removedSessions: [])
            }
            guard let batch = try ChangeBatch.fetchOne(db, key: change.id) else { throw LogError.changedMeanwhile }
            var entries: [HistoryEntry]
            var emptied: Set<Int64>
            switch batch.action {
            case .record, .import:
                entries = try HistoryEntry.fetchAll(
                    db, sql: "SELECT \(HistoryEntry.selection) WHERE s.batch_id = ? ORDER BY s.id",
                    arguments: [change.id])
                try db.execute(sql: "DELETE FROM logged_set WHERE batch_id = ?", arguments: [change.id])
                emptied =
                    batch.action == .import
                    ? Set(entries.map(\.set.sessionId))
                    : Set(
                        try Int64.fetchAll(
                            db,
                            sql: """
                                SELECT id FROM workout_session WHERE id = ? AND name IS NULL AND note IS NULL
                                """, arguments: [batch.openedSessionId]))
            case .finish:
                throw LogError.changedMeanwhile
            case .edit, .delete:
                let images = try RowImage.decoded(batch.beforeImage)
                let setIDs = images.filter { $0.table == LoggedSetRow.databaseTableName }.flatMap(\.ids)
                emptied = Set(
                    try Int64.fetchAll(
                        db, sql: "SELECT session_id FROM logged_set WHERE id IN (\(Self.placeholders(setIDs)))",
                        arguments: StatementArguments(setIDs)))
                // A session still there keeps its values; a set is put back as it was.
                for image in images {
                    try image.restore(overwriting: image.table == LoggedSetRow.databaseTableName, in: db)
                }
                entries = try setIDs.map { try Self.entry(id: $0, in: db) }
            }
            try db.execute(sql: "DELETE FROM record_batch WHERE id = ?", arguments: [change.id])
            let removed = try Self.dropEmptySessions(emptied, in: db)
            return UndoResult(change: change, entries: entries, removedSessions: removed)
        }
    }

    /// Deletes one set; the session it leaves empty goes away with it.
    public func deleteSet(id: Int64, now: Date = Date()) throws -> (entry: HistoryEntry, removedSession: Int64?) {
        try database.write { db in
            let entry = try Self.entry(id: id, in: db)
            try Self.journal(
                .delete, subject: "set \(id)", sessions: [entry.set.sessionId], sets: [id], now: now, in: db)
            try db.execute(sql: "DELETE FROM logged_set WHERE id = ?", arguments: [id])
            return (entry, try Self.dropEmptySessions([entry.set.sessionId], in: db).first)
        }
    }

    /// Deletes a session and every set in it; returns the session and how many sets went with it.
    public func deleteSession(id: Int64, now: Date = Date()) throws -> (session: WorkoutSession, sets: Int) {
        try database.write { db in
            guard let session = try WorkoutSessionRow.fetchOne(db, key: id)?.session else {
                throw LogError.noSuchSession(id)
            }
            let setIDs = try Int64.fetchAll(db, sql: "SELECT id FROM logged_set WHERE session_id = ?", arguments: [id])
            try Self.journal(.delete, subject: "session \(id)", sessions: [id], sets: setIDs, now: now, in: db)
            try db.execute(sql: "DELETE FROM logged_set WHERE session_id = ?", arguments: [id])
            let sets = db.changesCount
            try db.execute(
                sql: "UPDATE record_batch SET opened_session_id = NULL WHERE opened_session_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM workout_session WHERE id = ?", arguments: [id])
            return (session, sets)
        }
    }

    /// Changes one set; returns it before and after. A bad value changes nothing, and an edit
    /// that changes nothing is not a change `undo` sees. A set moved in time goes to the session
    /// that time belongs to (or a new one), and the session it leaves empty goes away.
    public func editSet(id: Int64, _ changes: SetChanges, now: Date = Date(), timeZone: TimeZone = .current) throws
        -> SetEdit
    {
        try database.write { db in
            let before = try Self.entry(id: id, in: db)
            var set = before.set
            let settings = try SettingsStore.load(db)
            try changes.apply(to: &set, settings: settings, now: now, timeZone: timeZone)
            guard set != before.set else { return SetEdit(before: before, after: before, removedSession: nil) }
            try Self.journal(
                .edit, subject: "set \(id)", sessions: [before.set.sessionId], sets: [id], now: now, in: db)
            if set.performedAt != before.set.performedAt {
                try Self.place(&set, gap: settings.sessionGap, now: now, in: db)
            }
            try set.update(db)
            let removed = try Self.dropEmptySessions([before.set.sessionId], in: db).first
            return SetEdit(before: before, after: try Self.entry(id: id, in: db), removedSession: removed)
        }
    }

    /// Puts a set whose time changed in the session that accepts that time, or a new one; a
    /// session that now starts later than the set starts with it.
    private static func place(_ set: inout LoggedSet, gap: TimeInterval, now: Date, in db: Database) throws {
        var target: WorkoutSession
        if let found = try Self.session(accepting: set.performedAt, gap: gap, ignoring: set.id, in: db) {
            target = found
            if target.startedAt > set.performedAt {
                target.startedAt = set.performedAt
                try target.update(db)
            }
        } else {
            target = WorkoutSession(
                id: nil, name: nil, note: nil, startedAt: set.performedAt, finishedAt: nil, createdAt: now)
            try target.insert(db)
        }
        guard let sessionID = target.id, sessionID != set.sessionId else { return }
        set.sessionId = sessionID
        set.setNumber = try nextSetNumber(of: set.exerciseId, in: sessionID, db: db)
    }

    /// Writes an edit or a delete to the journal, with the rows it is about to change.
    private static func journal(
        _ action: ChangeAction, subject: String, sessions: [Int64], sets: [Int64], now: Date, in db: Database
    ) throws {
        let images = [
            try RowImage.capture(WorkoutSessionRow.databaseTableName, where: "id", in: sessions, db: db),
            try RowImage.capture(LoggedSetRow.databaseTableName, where: "id", in: sets, db: db),
        ]
        var entry = ChangeBatch(
            id: nil, createdAt: now, openedSessionId: nil, action: action, subject: subject,
            beforeImage: try RowImage.encoded(images))
        try entry.insert(db)
    }

    /// Deletes those of `sessions` that hold no set; returns their ids.
    static func dropEmptySessions(_ sessions: Set<Int64>, in db: Database) throws -> [Int64] {
        var removed: [Int64] = []
        for id in sessions.sorted() where try !hasSets(sessionID: id, in: db) {
            try db.execute(sql: "DELETE FROM workout_session WHERE id = ?", arguments: [id])
            if db.changesCount > 0 { removed.append(id) }
        }
        return removed
    }

    private static func placeholders(_ values: [Int64]) -> String {
        values.isEmpty ? "NULL" : values.map { _ in "?" }.joined(separator: ", ")
    }
}

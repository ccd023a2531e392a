import Foundation
import GRDB

/// Recognises, in a Strong file, the sets that this database wrote to it (`export history
/// --format strong`), so that the file going back in adds nothing. Strong keeps one time per
/// workout, so a row is this database's set when a session started at the workout's time (to the
/// second) holds, as the same exercise's n-th set, one that the export writes exactly as this row.
struct OwnExportRecognition {
    /// Per workout start: the sessions that started then (usually none, and then no set is looked at).
    private var sessionsByStart: [Date: [Int64]] = [:]
    /// Per session and exercise: its sets, oldest first.
    private var setsBySession: [String: [LoggedSet]] = [:]

    /// Whether `set`, the `position`-th set of `exercise` in the workout started at `start`, is in the log.
    mutating func isLogged(_ set: ImportedSet, exercise: Exercise, position: Int, start: Date, in db: Database) throws
        -> Bool
    {
        guard case .appLoad(let amount, let unit) = set.load, let exerciseID = exercise.id else { return false }
        let sessions = try sessions(startedAt: start, in: db)
        for session in sessions {
            let sets = try sets(of: exerciseID, in: session, db: db)
            guard sets.indices.contains(position - 1) else { continue }
            if Self.writes(sets[position - 1], as: set, amount: amount, unit: unit) { return true }
        }
        return false
    }

    /// Whether the Strong export writes `logged` as the row `set` was read from.
    static func writes(_ logged: LoggedSet, as set: ImportedSet, amount: Double?, unit: WeightUnit) -> Bool {
        let exportedAmount = logged.weightKg.flatMap {
            Double(StrongWriter.weight($0, typedIn: logged.weightUnit, as: unit))
        }
        let sameWeight = (exportedAmount ?? 0) == (amount ?? 0)
        let sameDistance = abs((logged.distanceM ?? 0) - (set.distanceM ?? 0)) < 1
        let sameDuration = logged.durationS.map(NumberText.plain) == set.durationS.map(NumberText.plain)
        return logged.kind == set.kind && logged.reps == set.reps && sameWeight && sameDistance && sameDuration
    }

    private mutating func sessions(startedAt start: Date, in db: Database) throws -> [Int64] {
        if let known = sessionsByStart[start] { return known }
        let found = try Int64.fetchAll(
            db, sql: "SELECT id FROM workout_session WHERE started_at >= ? AND started_at < ? ORDER BY id",
            arguments: [start, start.addingTimeInterval(1)])
        sessionsByStart[start] = found
        return found
    }

    private mutating func sets(of exerciseID: Int64, in session: Int64, db: Database) throws -> [LoggedSet] {
        let key = "\(session)/\(exerciseID)"
        if let known = setsBySession[key] { return known }
        let found = try LoggedSetRow.fetchAll(
            db, sql: "SELECT * FROM logged_set WHERE session_id = ? AND +exercise_id = ? ORDER BY performed_ms, id",
            arguments: [session, exerciseID]
        ).map(\.set)
        setsBySession[key] = found
        return found
    }
}

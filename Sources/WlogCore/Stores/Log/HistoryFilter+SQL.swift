import GRDB

extension HistoryFilter {
    /// The SQL condition on `logged_set s` for the exercise and the time range (not `lastSessions`).
    var condition: String {
        var conditions: [String] = []
        if exerciseID != nil { conditions.append("s.exercise_id = ?") }
        if since != nil { conditions.append("s.performed_ms >= ?") }
        if until != nil { conditions.append("s.performed_ms < ?") }
        return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    }

    /// The values of `condition`'s placeholders.
    var arguments: StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = []
        if let exerciseID { values.append(exerciseID) }
        if let since { values.append(StoredTime.milliseconds(of: since)) }
        if let until { values.append(StoredTime.milliseconds(of: until)) }
        return StatementArguments(values)
    }
}

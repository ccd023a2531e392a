/// A log operation that cannot be done.
public enum LogError: Error, Equatable, CustomStringConvertible {
    case noSuchSet(Int64)
    case noSuchSession(Int64)
    case noOpenSession
    case noSuchExercise
    /// Another change was made between showing the latest change and taking it back.
    case changedMeanwhile

    public var description: String {
        switch self {
        case .noSuchSet(let id): return "there is no set \(id); `wlog history --format csv` lists set ids"
        case .noSuchSession(let id): return "there is no session \(id); `wlog sessions` lists them"
        case .noOpenSession: return "no session is open; `wlog session start` opens one"
        case .noSuchExercise: return "that exercise is not in the database"
        case .changedMeanwhile:
            return "the log changed while undo was asking; nothing was undone, run `wlog undo` again"
        }
    }
}

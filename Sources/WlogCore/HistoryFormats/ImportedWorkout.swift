import Foundation

/// One workout read from a file: it becomes one session.
struct ImportedWorkout {
    /// The workout's identity across imports.
    var key: Int64
    var name: String?
    var note: String?
    var startedAt: Date
    var finishedAt: Date?
    var sets: [ImportedSet]
}

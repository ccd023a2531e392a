import Foundation

/// One logged set with its exercise, as history, undo and delete show it.
public struct HistoryEntry: Equatable, Sendable {
    public var set: LoggedSet
    public var slug: String
    public var exercise: String

    public init(set: LoggedSet, slug: String, exercise: String) {
        self.set = set
        self.slug = slug
        self.exercise = exercise
    }
}

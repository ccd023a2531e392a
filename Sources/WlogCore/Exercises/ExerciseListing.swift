/// What `wlog exercises` lists: the exercises that pass the filters, and whether the library
/// holds any exercise at all (to tell an empty library from filters that match nothing).
public struct ExerciseListing: Equatable, Sendable {
    public var exercises: [ExerciseSummary]
    public var libraryIsEmpty: Bool
}

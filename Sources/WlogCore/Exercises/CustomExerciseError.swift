/// Why a custom exercise was not added.
public enum CustomExerciseError: Error, Equatable, CustomStringConvertible {
    case emptyName
    case exists(String)

    public var description: String {
        switch self {
        case .emptyName: return "the exercise needs a name with at least one letter or digit"
        case .exists(let slug):
            return
                "an exercise like this exists already: \(slug); record it by that name, or add --equipment to tell them apart"
        }
    }
}

/// What importing one document did to the store.
public enum ImportOutcome: Sendable, Equatable {
    case added, updated, unchanged
}

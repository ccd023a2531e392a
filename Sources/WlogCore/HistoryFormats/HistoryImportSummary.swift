/// What a history import did, or would do in a dry run.
public struct HistoryImportSummary: Sendable, Equatable {
    /// How one exercise name of the file was mapped.
    public struct Mapping: Sendable, Equatable {
        /// The name as the file writes it.
        public var fileName: String
        public var slug: String
        public var name: String
        /// Whether the import creates it as a custom exercise.
        public var isNew: Bool
        /// How many of the file's sets it has.
        public var sets: Int
    }

    public var format: HistoryFormat
    public var workouts = 0
    /// Sets read from the file.
    public var sets = 0
    /// Rows without a set (empty sets, rest timers).
    public var skippedRows = 0
    public var addedSets = 0
    public var addedSessions = 0
    /// Sets that were in the log already.
    public var presentSets = 0
    /// Every exercise name of the file, in the order the file first names them.
    public var mappings: [Mapping] = []
    /// `--map` names the file does not use.
    public var unusedOverrides: [String] = []
    public var dryRun = false

    public var newExercises: [Mapping] { mappings.filter(\.isNew) }
}

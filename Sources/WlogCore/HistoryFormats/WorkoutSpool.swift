import Foundation

/// The workouts of a large history file, kept on disk between reading and writing: each is
/// written out as soon as it is read and checked, then read back one at a time to go into the
/// log, so that memory holds one workout, not the file's sets.
///
/// The file is a temporary one that only the user can read, and it is removed as soon as it is
/// made: it goes when the spool does, even if wlog is stopped. Exercise names and other repeated
/// texts are written once and then by number.
final class WorkoutSpool {
    private let handle: FileHandle
    private var output = SpoolBytes.Writer()
    private var input: SpoolBytes.Reader?
    private var texts: [String] = []
    private var textNumbers: [String: Int] = [:]
    /// The workouts written.
    private(set) var count = 0

    /// Bytes collected before they are written to the file.
    private static let bytesPerWrite = 1 << 20

    init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/wlog-import-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Adds a workout after the others.
    func append(_ workout: ImportedWorkout) throws {
        precondition(input == nil, "a spool is written, then read")
        output.integer(workout.key)
        output.optional(workout.name) { $0.text($1) }
        output.optional(workout.note) { $0.text($1) }
        output.decimal(workout.startedAt.timeIntervalSinceReferenceDate)
        output.optional(workout.finishedAt) { $0.decimal($1.timeIntervalSinceReferenceDate) }
        output.integer(workout.sets.count)
        for set in workout.sets { write(set) }
        count += 1
        if output.bytes.count >= Self.bytesPerWrite { try flush() }
    }

    /// Ends the writing: the workouts are read back from the first with `next`.
    func rewind() throws {
        try flush()
        try handle.seek(toOffset: 0)
        input = SpoolBytes.Reader(handle)
    }

    /// The next workout, or nil after the last.
    func next() throws -> ImportedWorkout? {
        guard var reader = input else { preconditionFailure("rewind a spool before reading it") }
        defer { input = reader }
        guard try !reader.atEnd() else { return nil }
        let key = try reader.integer()
        let name = try reader.optional { try $0.text() }
        let note = try reader.optional { try $0.text() }
        let startedAt = Date(timeIntervalSinceReferenceDate: try reader.decimal())
        let finishedAt = try reader.optional { Date(timeIntervalSinceReferenceDate: try $0.decimal()) }
        let setCount = try reader.int()
        var sets: [ImportedSet] = []
        sets.reserveCapacity(setCount)
        for _ in 0..<setCount { sets.append(try read(&reader)) }
        return ImportedWorkout(
            key: key, name: name, note: note, startedAt: startedAt, finishedAt: finishedAt, sets: sets)
    }

    private func flush() throws {
        guard !output.bytes.isEmpty else { return }
        try handle.write(contentsOf: output.bytes)
        output.removeAll()
    }

    private func write(_ set: ImportedSet) {
        output.integer(set.line)
        output.decimal(set.performedAt.timeIntervalSinceReferenceDate)
        let name = number(of: set.exerciseName)
        output.integer(name)
        output.optional(set.slug.map(number(of:))) { $0.integer($1) }
        output.optional(set.setNumber) { $0.integer($1) }
        output.optional(set.reps) { $0.integer($1) }
        switch set.load {
        case .appLoad(let amount, let unit):
            let unit = number(of: unit.rawValue)
            output.integer(0)
            output.optional(amount) { $0.decimal($1) }
            output.integer(unit)
        case .exact(let weight):
            output.integer(1)
            let unit = weight.map { number(of: $0.unit.rawValue) }
            output.optional(weight) { output, weight in
                output.integer(weight.bodyweight ? 1 : 0)
                output.optional(weight.amount) { $0.decimal($1) }
                output.integer(unit ?? 0)
            }
        }
        output.optional(set.durationS) { $0.decimal($1) }
        output.optional(set.distanceM) { $0.decimal($1) }
        output.optional(set.rpe) { $0.decimal($1) }
        output.optional(set.rir) { $0.integer($1) }
        let kind = number(of: set.kind.rawValue)
        output.integer(kind)
        output.optional(set.note) { $0.text($1) }
        output.integer(set.key)
    }

    private func read(_ reader: inout SpoolBytes.Reader) throws -> ImportedSet {
        let line = try reader.int()
        let performedAt = Date(timeIntervalSinceReferenceDate: try reader.decimal())
        let exerciseName = texts[try reader.int()]
        let slug = try reader.optional { texts[try $0.int()] }
        let setNumber = try reader.optional { try $0.int() }
        let reps = try reader.optional { try $0.int() }
        let load: ImportedLoad
        if try reader.integer() == 0 {
            let amount = try reader.optional { try $0.decimal() }
            load = .appLoad(amount: amount, unit: try unit(texts[try reader.int()]))
        } else {
            load = .exact(
                try reader.optional { reader in
                    let bodyweight = try reader.integer() == 1
                    let amount = try reader.optional { try $0.decimal() }
                    return WeightInput(bodyweight: bodyweight, amount: amount, unit: try unit(texts[try reader.int()]))
                })
        }
        let durationS = try reader.optional { try $0.decimal() }
        let distanceM = try reader.optional { try $0.decimal() }
        let rpe = try reader.optional { try $0.decimal() }
        let rir = try reader.optional { try $0.int() }
        guard let kind = SetKind(rawValue: texts[try reader.int()]) else { throw CocoaError(.fileReadCorruptFile) }
        let note = try reader.optional { try $0.text() }
        return ImportedSet(
            line: line, performedAt: performedAt, exerciseName: exerciseName, slug: slug, setNumber: setNumber,
            reps: reps, load: load, durationS: durationS, distanceM: distanceM, rpe: rpe, rir: rir, kind: kind,
            note: note, key: try reader.integer())
    }

    private func unit(_ text: String) throws -> WeightUnit {
        guard let unit = WeightUnit(rawValue: text) else { throw CocoaError(.fileReadCorruptFile) }
        return unit
    }

    /// The number of a repeated text, given it the first time.
    private func number(of text: String) -> Int {
        if let known = textNumbers[text] { return known }
        texts.append(text)
        textNumbers[text] = texts.count - 1
        return texts.count - 1
    }
}

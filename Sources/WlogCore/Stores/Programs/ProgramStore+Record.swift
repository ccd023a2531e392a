import Foundation
import GRDB

extension ProgramStore {
    /// The `record` use case with the active program, in one transaction. When the exercise is in
    /// today's workout, the sets are its next prescribed ones (the next one; `request.sets` of them;
    /// with `all`, every one left), each value given in `request` overriding the prescription's. When a
    /// program is active and the sets begin a new session while the last workout has sets but no
    /// finish, that workout is finished first. Else, with no program or another exercise, exactly
    /// `WorkoutLog.record`.
    public func record(
        _ request: RecordRequest, of exercise: String, all: Bool = false, dryRun: Bool = false, now: Date = Date(),
        timeZone: TimeZone = .current
    ) throws -> ProgramRecordOutcome {
        let plain = { (request: RecordRequest) in
            try WorkoutLog(database: database).record(
                request, of: exercise, dryRun: dryRun, now: now, timeZone: timeZone)
        }
        if dryRun {
            let prepared = try database.read { db in
                try Self.prepare(request, of: exercise, all: all, now: now, timeZone: timeZone, db)
            }
            guard let prepared, let plan = prepared.plan else {
                return ProgramRecordOutcome(record: try plain(request), progress: nil, finishedFirst: nil)
            }
            let previous = try WorkoutLog(database: database).lastPerformance(
                of: prepared.exercise, before: plan.performedAt)
            return ProgramRecordOutcome(
                record: RecordOutcome(
                    exercise: prepared.exercise, plan: plan, stored: nil, previous: previous, newRecords: [],
                    defaultUnit: prepared.settings.defaultUnit),
                progress: prepared.progress, finishedFirst: nil)
        }
        let outcome = try database.write { db -> ProgramRecordOutcome? in
            guard try ProgramRows.isActive(db) else { return nil }
            var finishedFirst: WorkoutFinishReport?
            if let time = try? RecordPlan.performedAt(request.at, now: now, timeZone: timeZone),
                let gap = try? SettingsStore.load(db).sessionGap,
                try WorkoutLog.session(accepting: time, gap: gap, in: db) == nil,
                let latest = try ProgramRows.latestLoggedSet(db), latest < time
            {
                let report = try Self.finish(now: now, db)
                if report.didFinish { finishedFirst = report }
            }
            if let prepared = try Self.prepare(request, of: exercise, all: all, now: now, timeZone: timeZone, db),
                let plan = prepared.plan
            {
                return ProgramRecordOutcome(
                    record: try WorkoutLog.recordOutcome(
                        plan, exercise: prepared.exercise, settings: prepared.settings, now: now, in: db),
                    progress: prepared.progress, finishedFirst: finishedFirst)
            }
            try Self.refuseAll(all)
            let settings = try SettingsStore.load(db)
            let plan = try RecordPlan.make(request, settings: settings, now: now, timeZone: timeZone)
            let found = try ExerciseStore.resolve(exercise, in: db)
            return ProgramRecordOutcome(
                record: try WorkoutLog.recordOutcome(plan, exercise: found, settings: settings, now: now, in: db),
                progress: nil, finishedFirst: finishedFirst)
        }
        if let outcome { return outcome }
        try Self.refuseAll(all)
        return ProgramRecordOutcome(record: try plain(request), progress: nil, finishedFirst: nil)
    }

    static func refuseAll(_ all: Bool) throws {
        guard all else { return }
        throw LogInputError(
            option: "--all", value: "", expected: "an exercise of today's workout of the active program (`wlog next`)")
    }

    /// A recording worked out against today's workout: the plan (nil when the exercise is not in it,
    /// or the request is not the program's kind of set) and where the lifter will be.
    struct Prepared {
        var exercise: Exercise
        var settings: LogSettings
        var plan: RecordPlan?
        var progress: ProgramSetProgress?
    }

    /// The program's next sets of `exercise` as a plan, values in `request` overriding; nil when no
    /// program is active or the exercise does not resolve (the plain path reports why).
    static func prepare(
        _ request: RecordRequest, of exercise: String, all: Bool, now: Date, timeZone: TimeZone, _ db: Database
    ) throws -> Prepared? {
        guard try ProgramRows.isActive(db), let found = try? ExerciseStore.resolve(exercise, in: db),
            let exerciseID = found.id
        else { return nil }
        let settings = try SettingsStore.load(db)
        let unit = settings.defaultUnit
        var prepared = Prepared(exercise: found, settings: settings)
        let plainKind = !request.warmup && (request.kind ?? .working) == .working
        guard plainKind, request.duration == nil, request.distance == nil else { return prepared }
        let loaded = try ProgramRows.load(nil, db)
        let workout = try next(loaded, unit: unit, plates: settings.plateSet(unit), db)
        guard let index = workout.exercises.firstIndex(where: { $0.slug == found.slug }) else { return prepared }
        let prescribed = workout.exercises[index].sets
        let done = min(try workingSets(exerciseID, after: loaded.countedThrough, db).count, prescribed.count)
        let left = Array(prescribed[done...])
        guard let last = left.last else { return prepared }
        let listed = [request.reps, request.weight, request.rpe, request.rir].compactMap {
            $0?.split(separator: ",").count
        }
        let count = all ? left.count : request.sets ?? listed.max() ?? 1
        let sets = (0..<count).map { $0 < left.count ? left[$0] : last }
        var filled = request
        filled.sets = count
        if filled.reps == nil { filled.reps = sets.map { String($0.reps) }.joined(separator: ",") }
        var plan = try RecordPlan.make(filled, settings: settings, now: now, timeZone: timeZone)
        for (offset, set) in sets.enumerated() {
            if request.weight == nil {
                plan.sets[offset].weight = set.weight.map { WeightInput(bodyweight: false, amount: $0, unit: unit) }
            }
            if request.rpe == nil, request.rir == nil { plan.sets[offset].rpe = set.rpe }
        }
        prepared.plan = plan
        let doneAfter = min(done + count, prescribed.count)
        var progress = ProgramSetProgress(
            exercise: workout.exercises[index].name, done: doneAfter, prescribed: prescribed.count,
            nextSet: doneAfter < prescribed.count ? prescribed[doneAfter] : nil, rest: sets.last?.rest, unit: unit)
        if progress.nextSet == nil {
            for other in workout.exercises[(index + 1)...] where !other.sets.isEmpty {
                guard let id = (try? ExerciseStore.resolve(other.slug, in: db))?.id else { continue }
                let otherDone = try workingSets(id, after: loaded.countedThrough, db).count
                guard otherDone < other.sets.count else { continue }
                progress.nextExercise = other.name
                progress.nextExerciseSet = other.sets[otherDone]
                break
            }
        }
        prepared.progress = progress
        return prepared
    }
}

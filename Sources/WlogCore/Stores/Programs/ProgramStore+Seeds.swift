import Foundation
import GRDB

extension ProgramStore {
    /// Stores every bundled program under its name (`alternating-ab`, ...), in one transaction. A name
    /// already stored is left as it is (its text and its progress), so adding the seeds again changes
    /// nothing. A bundled program with an error, or one naming an exercise the library lacks, writes nothing.
    public func addBundled(
        _ programs: [BundledProgram] = BundledProgram.all, createMissing: Bool = false, now: Date = Date()
    ) throws
        -> BundledProgramsOutcome
    {
        let parsed = try programs.map { program in (program, try ProgramParser.parse(program.text)) }
        do {
            return try database.write { db in
                var outcome = BundledProgramsOutcome()
                for (program, source) in parsed {
                    if (try? ProgramRows.load(program.name, db)) != nil {
                        outcome.alreadyStored.append(program.name)
                        continue
                    }
                    let added = try Self.store(
                        source, source: program.text, name: program.name, createMissing: createMissing, now: now, db)
                    outcome.added.append(program.name)
                    if added.isActive { outcome.active = program.name }
                }
                return outcome
            }
        } catch let missing as MissingExercises {
            throw ProgramStoreError.unresolvedExercises(
                missing.names.map { UnresolvedExercise(name: $0, closest: closest(to: $0)) })
        }
    }
}

import Foundation
import GRDB

extension ProgramRows {
    /// The active program's place, read inside a transaction a store has already begun; nil when none is active.
    static func activePlace(_ db: Database) throws -> ProgramPlace? {
        guard try Int64.fetchOne(db, sql: "SELECT program_id FROM active_program") != nil else { return nil }
        let loaded = try load(nil, db)
        return ProgramPlace(program: loaded.name, state: loaded.state, position: loaded.position)
    }
}

import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `prs --muscle M` checks M through the muscle index, reading every muscle name only for the
/// error that lists them.
@Suite struct MuscleCheckTests {
    let seeded: SeededStore

    init() throws {
        seeded = try SeededStore()
    }

    @Test func aKnownMuscleIsFoundInAnyCaseAndAnUnknownOneListsTheKnown() throws {
        try seeded.database.writer.read { db in
            try InsightStore.checkKnown(muscle: "chest", in: db)
            try InsightStore.checkKnown(muscle: "ChEsT", in: db)
            #expect {
                try InsightStore.checkKnown(muscle: "elbow grease", in: db)
            } throws: { error in
                "\(error)".contains("chest") && "\(error)".contains("elbow grease")
            }
        }
    }

    @Test func theCheckSeeksTheMuscleIndex() throws {
        let plan = try seeded.database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: "EXPLAIN QUERY PLAN " + InsightStore.musclesNamedSQL, arguments: ["chest"]
            ).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH exercise_muscle USING COVERING INDEX exercise_muscle_by_muscle") })
    }
}

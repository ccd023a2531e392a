import Foundation
import Testing

/// What scripts read from `sessions`: numbers and ISO times, rounded once; and what an empty
/// listing says.
@Suite struct ScriptOutputCommandTests {
    /// A session of three sets at 225 lb (15 × 102.0582… kg of volume) that started and finished
    /// at moments with fractions of a second.
    static func loggedInPounds() throws -> WlogProcess {
        let wlog = try WorkoutLogCommandTests.seeded()
        #expect(try wlog.run("session", "start").status == 0)
        #expect(try wlog.run("record", "back-squat", "--sets", "3", "--reps", "5", "--weight", "225lb").status == 0)
        #expect(try wlog.run("session", "finish").status == 0)
        return wlog
    }

    @Test func sessionsJSONCarriesRoundedNumbers() throws {
        let wlog = try Self.loggedInPounds()
        let json = try wlog.run("sessions", "--format", "json").stdout
        let duration = try #require(json.firstMatch(of: /"duration_s" : ([-0-9.e]+)/)?.1)
        #expect(Int(duration) != nil, "whole seconds, not \(duration)")
        let volume = try #require(json.firstMatch(of: /"volume_kg" : ([-0-9.e]+)/)?.1)
        #expect(volume == "1530.874", "to the gram, not \(volume)")
        #expect(json.contains(/"started_at" : "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)"/))
    }

    @Test func sessionsCSVCarriesNumbersAndISOTimesNotDisplayText() throws {
        let wlog = try Self.loggedInPounds()
        let lines = try wlog.run("sessions", "--format", "csv").stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,started_at,finished_at,duration_s,exercises,sets,volume_kg,name,note")
        let cells = try #require(lines.dropFirst().first).split(separator: ",", omittingEmptySubsequences: false).map(
            String.init)
        #expect(cells.count == 9)
        #expect(cells[1].contains("T") && cells[2].contains("T"), "ISO 8601 times: \(cells)")
        #expect(Int(cells[3]) != nil && cells[4] == "1" && cells[5] == "3" && cells[6] == "1530.874", "\(cells)")
    }

    @Test func anEmptyListingSaysRangeOnlyWhenOneWasGiven() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        #expect(try wlog.run("history").stderr == "wlog: no sets logged yet\n")
        #expect(
            try wlog.run("history", "back-squat", "--last", "3").stderr == "wlog: no sets logged for back-squat yet\n")
        #expect(try wlog.run("history", "--since", "yesterday").stderr == "wlog: no sets logged in that range\n")
        #expect(try wlog.run("stats", "back-squat").stdout.hasSuffix("\nno sets logged yet\n"))
        #expect(
            try wlog.run("stats", "back-squat", "--since", "yesterday").stdout.hasSuffix(
                "\nno sets logged in that range\n"))
    }
}

import Foundation
import Testing

/// The content store as a new user meets it: the real binary, a fresh database, another working directory.
@Suite struct ContentStoreCommandTests {
    @Test func importSeedsTwiceFromAnyFolder() throws {
        let wlog = try WlogProcess()
        let first = try wlog.run("import", "seeds")
        #expect(first.status == 0, "\(first.stderr)")
        let added = try #require(Int(first.stdout.split(separator: " ").first ?? ""))
        #expect(added >= 61)
        #expect(first.stdout == "\(added) added, 0 updated, 0 unchanged\n")
        let second = try wlog.run("import", "seeds")
        #expect(second.stdout == "0 added, 0 updated, \(added) unchanged\n")
        let mode = try FileManager.default.attributesOfItem(atPath: wlog.database.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func aCopiedBinaryCarriesItsMigrationsAndSeeds() throws {
        let wlog = try WlogProcess()
        let copy = wlog.folder.appendingPathComponent("bin/wlog")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WlogProcess.binary, to: copy)
        let result = try wlog.run("import", "seeds", executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try wlog.run("show", "plank", executable: copy).stdout.hasPrefix("Plank\n"))
    }

    @Test func anInvalidDocumentIsReportedWithPathAndLineAndNothingIsWritten() throws {
        let wlog = try WlogProcess()
        try wlog.write("---\nname: Good\n---\n### Setup\n- a\n", to: "docs/good.md")
        try wlog.write("---\nname: Bad\nmuscles: {x: y}\n---\n", to: "docs/bad.md")
        let result = try wlog.run("import", "docs")
        #expect(result.status == 1)
        #expect(result.stderr.contains("docs/bad.md:3: `muscles` must be a list of texts"))
        #expect(result.stderr.contains("nothing was imported"))
        #expect(result.stdout.isEmpty)
        #expect(try wlog.run("exercises", "--format", "json").stdout == "[\n\n]\n")

        let skipping = try wlog.run("import", "--skip-invalid", "docs")
        #expect(skipping.status == 0)
        #expect(skipping.stdout == "1 added, 0 updated, 0 unchanged, 1 skipped\n")
        #expect(skipping.stderr.contains("skipped docs/bad.md:3:"))
    }

    @Test func exercisesAsJSONAndCSVAndFiltered() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let json = try wlog.run("exercises", "--format", "json", "--muscle", "GLUTES")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count >= 5)
        #expect(
            list.allSatisfy {
                ($0["slug"] as? String) != nil && ($0["name"] as? String) != nil && $0["equipment"] != nil
            })
        #expect(
            list.allSatisfy { item in
                let muscles = (item["muscles"] as? [String] ?? []) + (item["secondary_muscles"] as? [String] ?? [])
                return muscles.contains("glutes")
            })
        let csv = try wlog.run("exercises", "--format", "csv", "--equipment", "kettlebell")
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "slug,name,equipment,muscles")
        #expect(lines.dropFirst().allSatisfy { $0.contains(",kettlebell,") })
        #expect(lines.count >= 3)
    }

    @Test func showLaysOutTheDocument() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let result = try wlog.run("show", "Reverse Hyperextension")
        #expect(result.status == 0)
        let text = result.stdout
        let order = [
            "Reverse Hyperextension", "Equipment: leverage machine", "Strengthen your glutes", "SETUP",
            "  1. Position Yourself:",
            "EXECUTION", "TIPS FOR PROPER FORM", "COMMON MISTAKES", "Don\u{2019}t hyperextend", "BENEFITS", "HOW-TO",
            "  4. Lower Back Down", "Video: https://youtu.be/AezVMtpMMmk",
        ]
        var position = text.startIndex
        for piece in order {
            let found = try #require(
                text.range(of: piece, range: position..<text.endIndex), "missing or out of order: \(piece)")
            position = found.upperBound
        }
        #expect(!text.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func unknownAndAmbiguousExercisesExitNonZeroWithCandidates() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let unknown = try wlog.run("show", "plnak")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean: plank"))
        let ambiguous = try wlog.run("show", "reverse")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("reverse-fly") && ambiguous.stderr.contains("reverse-lunge"))
    }

    @Test func searchRanksAndSurvivesHostileQueries() throws {
        let wlog = try WlogProcess()
        try wlog.run("import", "seeds")
        let result = try wlog.run("search", "reverse", "hyperextension")
        #expect(result.stdout.hasPrefix("reverse-hyperextension  Reverse Hyperextension"))
        let json = try wlog.run("search", "--format", "json", "glutes")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("\u{2}") == false })
        for query in ["\"open", "a OR (b", "NEAR(", "*", "col:x"] {
            let hostile = try wlog.run("search", query)
            #expect(hostile.status == 0 || hostile.stderr.contains("has no words"), "\(query): \(hostile.stderr)")
            #expect(hostile.status != 0 || hostile.stderr.isEmpty || hostile.stderr.contains("nothing matches"))
        }
    }

    @Test func exportThenImportChangesNothing() throws {
        let wlog = try WlogProcess()
        let imported = try wlog.run("import", "seeds")
        let count = imported.stdout.split(separator: " ").first.map(String.init) ?? "?"
        let export = try wlog.run("export", "exercises", "out")
        #expect(export.status == 0)
        #expect(export.stdout == "\(count) documents written to out\n")
        let again = try wlog.run("import", "out")
        #expect(again.stdout == "0 added, 0 updated, \(count) unchanged\n", "\(again.stderr)")

        let fresh = try WlogProcess()
        try fresh.run("import", wlog.folder.appendingPathComponent("out").path)
        #expect(try fresh.run("show", "plank").stdout == (try wlog.run("show", "plank")).stdout)
    }

    @Test func databaseProblemsExitWithStatusTwo() throws {
        let wlog = try WlogProcess()
        try wlog.write(
            "this is not a database, just text that is long enough to fill a header......................",
            to: "data/wlog.sqlite")
        let garbage = try wlog.run("exercises")
        #expect(garbage.status == 2)
        #expect(garbage.stderr.hasPrefix("wlog: "))
    }

    @Test func helpAndUsageErrors() throws {
        let wlog = try WlogProcess()
        let help = try wlog.run("--help")
        #expect(help.status == 0)
        for command in ["import", "exercises", "show", "search", "export"] {
            #expect(help.stdout.contains(command))
        }
        let missing = try wlog.run("import")
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("wlog import seeds"))
    }

    @Test func databaseLocationFollowsXDGWhenNothingElseIsGiven() throws {
        let wlog = try WlogProcess()
        let dataHome = wlog.folder.appendingPathComponent("xdg")
        let result = try wlog.run("import", "seeds", environment: ["WLOG_DB": "", "XDG_DATA_HOME": dataHome.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dataHome.appendingPathComponent("wlog/wlog.sqlite").path))
        let explicit = wlog.folder.appendingPathComponent("explicit.sqlite")
        #expect(try wlog.run("exercises", "--db", explicit.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: explicit.path))
    }
}

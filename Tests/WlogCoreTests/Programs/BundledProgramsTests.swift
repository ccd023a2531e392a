import Foundation
import Testing

@testable import WlogCore

/// The programs of `Seeds/programs/`: embedded as written, each parses, names exercises of the library,
/// describes itself, and progresses with weights a lifter can load; the exercise import is unchanged.
@Suite struct BundledProgramsTests {
    static let folder = TestSupport.repository.appendingPathComponent("Seeds/programs")
    static let expected = [
        "alternating-ab", "five-by-five", "four-week-wave", "starter-3x5", "three-tiers", "upper-lower-reps",
    ]

    @Test("the embedded programs are the files of Seeds/programs/, byte for byte, sorted by name")
    func embeddedAsWritten() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".liftoscript") }.sorted()
        #expect(names.count >= 6)
        let bundled = BundledProgram.all
        #expect(bundled.map(\.name) == names.map { String($0.dropLast(".liftoscript".count)) })
        #expect(bundled.map(\.name) == Self.expected)
        for (program, name) in zip(bundled, names) {
            #expect(program.text == (try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)))
        }
        #expect(BundledProgram.named("Alternating-AB")?.name == "alternating-ab")
        #expect(BundledProgram.named("alternating") == nil)
    }

    @Test("each program opens with a title and a description of who it is for and how it progresses")
    func descriptions() throws {
        let titles = Dictionary(uniqueKeysWithValues: BundledProgram.all.map { ($0.name, $0.title) })
        #expect(
            titles == [
                "alternating-ab": "Alternating A/B", "five-by-five": "Five by Five", "four-week-wave": "Four-Week Wave",
                "starter-3x5": "Starter 3×5", "three-tiers": "Three Tiers", "upper-lower-reps": "Upper/Lower Reps",
            ])
        for program in BundledProgram.all {
            #expect(program.description.hasPrefix(program.title + ": for "), "\(program.name): says who it is for")
            #expect(program.description.count > 200 && !program.description.contains("///"), "\(program.name)")
        }
        #expect(BundledProgram.openingComment(of: "/// One\n///\n///  two\n# Week 1\n/// not this\n") == "One two")
        #expect(BundledProgram.openingComment(of: "# Week 1\n/// late\n") == "")
    }

    @Test("every bundled program parses with no diagnostics")
    func parses() throws {
        for program in BundledProgram.all {
            do {
                let parsed = try ProgramParser.parse(program.text)
                #expect(!parsed.days.isEmpty && !parsed.progressions.isEmpty, "\(program.name)")
            } catch {
                Issue.record("\(program.name) does not parse: \(error)")
            }
        }
    }

    @Test("every exercise a bundled program names is an exercise of the bundled library")
    func exercisesResolve() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let matcher = try database.read { db in try ExerciseMatcher(db, overrides: [:]) }
        for program in BundledProgram.all {
            let parsed = try ProgramParser.parse(program.text)
            for name in Set(parsed.days.flatMap { $0.value.exercises.map(\.name) }) {
                guard case .existing = matcher.match(name) else {
                    Issue.record("\(program.name): `\(name)` is not in the library")
                    continue
                }
            }
        }
    }

    @Test("wlog import seeds still imports the exercise documents of Seeds/ and nothing of Seeds/programs/")
    func seedImportUnchanged() throws {
        let documents = try FileManager.default.contentsOfDirectory(
            atPath: TestSupport.repository.appendingPathComponent("Seeds").path
        )
        .filter { $0.hasSuffix(".md") }.sorted()
        #expect(EmbeddedResources.seeds.map(\.name) == documents)
        #expect(ImportSource.seeds().map(\.path) == documents.map { "Seeds/\($0)" })
        #expect(!EmbeddedResources.programs.isEmpty)
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let summary = try DocumentImporter(database: database).run(ImportSource.seeds())
        #expect(summary.added == documents.count && summary.updated == 0)
    }

    /// Two waves of a program of several weeks, three weeks of a one-week program.
    static func length(_ program: Program) -> Int { program.days.count * (program.weeks.count > 1 ? 2 : 3) }

    /// How far an exercise has come: the weights of its sets added up, then its reps.
    static func measure(_ exercise: SimulatedExercise) -> (Double, Int) {
        (exercise.sets.reduce(0) { $0 + ($1.weight?.value ?? .nan) }, exercise.sets.reduce(0) { $0 + $1.reps })
    }

    @Test("each program run for its length, every set done: at each place every exercise moves forward, never back")
    func progressesForward() throws {
        for bundled in BundledProgram.all {
            let program = try ProgramParser.parse(bundled.text)
            let run = try ProgramSimulator.run(
                program, sessions: Self.length(program), oneRepMaxes: BundledProgramProgressTests.maxes)
            var byPlace: [String: [SimulatedExercise]] = [:]
            for session in run.sessions {
                for exercise in session.exercises {
                    byPlace["week \(session.week) day \(session.day) \(exercise.exercise)", default: []].append(
                        exercise)
                }
            }
            #expect(byPlace.count == program.days.reduce(0) { $0 + $1.value.exercises.count }, "\(bundled.name)")
            for (place, done) in byPlace.sorted(by: { $0.key < $1.key }) {
                let measures = done.map(Self.measure)
                #expect(measures.count >= 2 && measures.allSatisfy { $0.0.isFinite }, "\(bundled.name) \(place)")
                #expect(
                    zip(measures, measures.dropFirst()).allSatisfy { $0 <= $1 }, "\(bundled.name) \(place): \(measures)"
                )
                #expect(
                    measures.first.map { first in measures.last.map { first < $0 } ?? false } == true,
                    "\(bundled.name) \(place): \(measures)")
            }
        }
    }

    @Test("no bundled program prescribes a negative, non-finite or unloadable weight, even when sets keep failing")
    func loadableWeights() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let matcher = try database.read { db in try ExerciseMatcher(db, overrides: [:]) }
        for bundled in BundledProgram.all {
            let program = try ProgramParser.parse(bundled.text)
            let sessions = Self.length(program) * 2
            let names = Set(program.days.flatMap { $0.value.exercises.map(\.displayName) })
            let barbell = Set(
                program.days.flatMap(\.value.exercises).filter {
                    if case .existing(let exercise) = matcher.match($0.name) {
                        exercise.equipment == "barbell"
                    } else {
                        false
                    }
                }.map(\.displayName))
            let plans: [[SimulatedFailure]] = [
                [],
                names.flatMap { name in (1...sessions).map { SimulatedFailure(exercise: name, session: $0) } },
                names.flatMap { name in
                    (1...sessions).filter { $0 % 3 != 1 }.map { SimulatedFailure(exercise: name, session: $0) }
                },
            ]
            for failures in plans {
                let run = try ProgramSimulator.run(
                    program, sessions: sessions, oneRepMaxes: BundledProgramProgressTests.maxes, failures: failures)
                for session in run.sessions {
                    for exercise in session.exercises {
                        let weights = exercise.sets.compactMap(\.weight)
                        let shown =
                            "\(bundled.name) session \(session.session) \(exercise.exercise): \(weights.map(\.text))"
                        #expect(
                            weights.count == exercise.sets.count
                                && weights.allSatisfy { $0.isLoadable && $0.unit == .kg }, "\(shown)")
                        if failures.isEmpty, barbell.contains(exercise.exercise) {
                            #expect(weights.allSatisfy { $0.value >= 20 }, "\(shown): lighter than the bar")
                        }
                    }
                }
            }
        }
    }
}

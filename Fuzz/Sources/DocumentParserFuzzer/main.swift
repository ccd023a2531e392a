import Foundation
import WlogCore

// libFuzzer's driver, called from our own entry point: SwiftPM gives every executable target
// a `main` of its own, so libFuzzer's `main` would never run.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// One input: any bytes must parse or be refused with a `DocumentError`, never crash or hang;
/// and whatever parses must survive the export round trip unchanged, the property
/// `wlog export exercises` relies on. The same bytes then go to the program parser.
func fuzzDocumentParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    fuzzProgramParser(data)
    guard let document = try? DocumentParser.parse(data, fileName: "fuzz-input.md") else { return 0 }
    _ = DocumentLayout.render(document)
    let rendered = DocumentRenderer.markdown(document)
    let again: ExerciseDocument
    do {
        again = try DocumentParser.parse(Data(rendered.utf8), fileName: DocumentRenderer.fileName(document))
    } catch {
        report("the exported document does not parse: \(error)\n--- exported ---\n\(rendered)")
    }
    if again.metadata != document.metadata || again.body != document.body || again.howTo != document.howTo
        || again.hasHowTo != document.hasHowTo || again.extraFrontMatter != document.extraFrontMatter
    {
        report(
            "the exported document parses differently\n--- exported ---\n\(rendered)\n--- first ---\n\(document)\n--- again ---\n\(again)"
        )
    }
    return 0
}

/// Prints the finding and aborts, which libFuzzer records as a crash with the input that caused it.
func report(_ message: String) -> Never {
    FileHandle.standardError.write(Data("round-trip failure: \(message)\n".utf8))
    abort()
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { bytes, count in fuzzDocumentParser(bytes, count) })

// swift-tools-version:6.1
// The libFuzzer target for wlog's document parser. Built only by scripts/fuzz, with
// `-sanitize=fuzzer`, which supplies `main`; it is not part of the main package.
import PackageDescription

let package = Package(
    name: "wlog-fuzz",
    dependencies: [.package(name: "wlog", path: "..")],
    targets: [
        .executableTarget(
            name: "DocumentParserFuzzer",
            dependencies: [.product(name: "WlogCore", package: "wlog")]
        ),
    ]
)

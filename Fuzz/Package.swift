// swift-tools-version:6.1
// The libFuzzer target for wlog's document parser. Built only by scripts/fuzz: every module is
// compiled with coverage instrumentation and AddressSanitizer; the script links libFuzzer's
// driver without its `main` (this target has its own `main`, which calls the driver).
import PackageDescription

let package = Package(
    name: "wlog-fuzz",
    dependencies: [.package(name: "wlog", path: "..")],
    targets: [
        .executableTarget(
            name: "DocumentParserFuzzer",
            dependencies: [.product(name: "WlogCore", package: "wlog")],
            linkerSettings: [.unsafeFlags(["-sanitize=address"]), .linkedLibrary("stdc++")]
        )
    ]
)

// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "wlog",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "WlogCore", targets: ["WlogCore"]),
        .executable(name: "wlog", targets: ["wlog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    ],
    targets: [
        .executableTarget(name: "EmbedFilesTool"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["EmbedFilesTool"]
        ),
        .target(
            name: "WlogCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Plot", package: "Plot"),
            ],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(
            name: "wlog",
            dependencies: [
                "WlogCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .testTarget(name: "WlogCoreTests", dependencies: ["WlogCore"]),
        .testTarget(
            name: "WlogCLITests", dependencies: ["WlogCore", "wlog", .product(name: "GRDB", package: "GRDB.swift")],
            // The pinned `--help` texts, which HelpTests reads from the source tree.
            exclude: ["Help"]),
    ]
)

// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "ReformLedger",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reform", targets: ["reform"])
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.86.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // SHA-256 of token digests (accounts) and of evidence files.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // Webhook delivery (notification outbox): HTTPS to the offices' group robots.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0")
    ],
    targets: [
        // The system's OpenCC (Debian: libopencc-dev), which the plan parser uses to read traditional characters.
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .target(
            name: "ReformCore",
            dependencies: ["COpenCC"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The system's zlib, for the xlsx writer's streaming zip (deflate, crc32).
        .systemLibrary(name: "CZlibShim", path: "Sources/CZlibShim"),
        .target(
            name: "ReformSpreadsheet",
            dependencies: [
                "CZlibShim",
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "ReformCharts",
            dependencies: ["ReformCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .target(
            name: "App",
            dependencies: [
                "ReformCore",
                "ReformCharts",
                "ReformSpreadsheet",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Password hashes (bcrypt) and token digests (SHA-256) for accounts.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client")
            ],
            resources: [.copy("Resources")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The demo dataset built from the seed documents, and the loader that writes it through App's services:
        // `reform serve` hands it to App for an empty database, `reform demo` runs it; App holds no demo data.
        .target(
            name: "ReformDemo",
            dependencies: [
                "App",
                "ReformCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit")
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // `reform bench`, `import-bench` and `export-bench`: the national-scale generator, the timing runner and
        // the import and export benchmarks, outside the product library.
        .target(
            name: "ReformBench",
            dependencies: [
                "App",
                "ReformCore",
                "ReformCharts",
                "ReformSpreadsheet",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                // `reform bench` drives the page handlers through the router without a socket.
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio")
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "reform",
            dependencies: [
                "App",
                "ReformDemo",
                "ReformBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ReformCoreTests",
            dependencies: ["ReformCore"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ReformSpreadsheetTests",
            dependencies: [
                "ReformSpreadsheet",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto")
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ReformChartsTests",
            dependencies: ["ReformCharts"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                // Suites that read the demo dataset load it through ReformDemo.
                "ReformDemo",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // The import limit tests build zip bombs in memory.
                .product(name: "ZIPFoundation", package: "ZIPFoundation")
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)

// The libFuzzer target for the parsers that read untrusted input (.ci/fuzz.sh): declared only when REFORM_FUZZ is
// set, because it has no `main` of its own (libFuzzer supplies it) and builds only with `-sanitize=fuzzer`.
if Context.environment["REFORM_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "reform-fuzz",
            dependencies: ["ReformCore", "ReformSpreadsheet"],
            path: "Fuzz/Sources",
            swiftSettings: [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]
        ))
}

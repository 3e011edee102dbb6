// swift-tools-version:6.2
import PackageDescription

// Dependencies point one way: manba -> ManbaHTTP -> Governance -> OpenData -> ManbaStore -> ManbaCore.
let package = Package(
    name: "manba",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "manba", targets: ["manba"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "ManbaCore"),
        .target(name: "ManbaStore", dependencies: [
            "ManbaCore",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "SQLiteKit", package: "sqlite-kit"),
            .product(name: "PostgresKit", package: "postgres-kit"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ]),
        .target(name: "OpenData", dependencies: [
            "ManbaCore", "ManbaStore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Open data governance: publication obligations, timeliness monitoring, notices, quality and demand.
        .target(name: "Governance", dependencies: [
            "ManbaCore", "ManbaStore", "OpenData",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // OAI-PMH 2.0: the provider's protocol and the harvester, for any repository (library, museum).
        .target(name: "Harvesting", dependencies: ["ManbaCore", .product(name: "Crypto", package: "swift-crypto")]),
        // The union library catalogue: MARC codecs, CQL and SRU, the catalogue store and its search.
        .target(name: "Library", dependencies: [
            "ManbaCore", "ManbaStore", "Harvesting",
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "ManbaHTTP", dependencies: [
            "ManbaCore", "ManbaStore", "OpenData", "Governance", "Library", "Harvesting",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),
        .executableTarget(name: "manba", dependencies: [
            "ManbaHTTP", "OpenData", "Governance", "Library", "ManbaStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Opens the backend the test run asks for (SQLite, or PostgreSQL when MANBA_TEST_DATABASE_URL is set).
        .target(name: "ManbaTestSupport", dependencies: ["ManbaStore", "ManbaCore"], path: "Tests/ManbaTestSupport"),
        .testTarget(name: "ManbaCoreTests", dependencies: ["ManbaCore"]),
        .testTarget(name: "ManbaStoreTests", dependencies: ["ManbaStore", "ManbaTestSupport"]),
        .testTarget(name: "OpenDataTests", dependencies: ["OpenData", "ManbaTestSupport"]),
        .testTarget(name: "GovernanceTests", dependencies: ["Governance", "ManbaTestSupport"]),
        .testTarget(name: "HarvestingTests", dependencies: ["Harvesting"]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "ManbaTestSupport"], exclude: ["MARC/Fixtures", "Federation/Fixtures"]),
        .testTarget(name: "ManbaHTTPTests", dependencies: [
            "ManbaHTTP", "ManbaTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)

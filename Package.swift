// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "warta", targets: ["warta"]),
        .library(name: "IndonesianText", targets: ["IndonesianText"]),
        .library(name: "Summarization", targets: ["Summarization"]),
        .library(name: "ArticleReading", targets: ["ArticleReading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libxml2's HTML parser, reached through pkg-config (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl, reached through pkg-config (Debian: libcurl4-openssl-dev).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // An async HTTP client over libcurl's multi interface.
        .target(name: "HTTP", dependencies: ["CCurl"]),
        // Translation and LLM provider adapters, their limits, retries and accounting.
        .target(name: "Providers", dependencies: ["HTTP", .product(name: "Yams", package: "Yams")]),
        // Indonesian text processing: normalization, cleaning, sentences, words.
        .target(name: "IndonesianText"),
        // Turning files, stdin, HTML and JSON Lines into raw articles.
        .target(name: "ArticleReading", dependencies: ["CLibXML2", "IndonesianText"]),
        // The local extractive summarizer.
        .target(name: "Summarization", dependencies: ["IndonesianText"]),
        // The `warta` commands, kept in a library so tests can reach them.
        .target(
            name: "WartaCLI",
            dependencies: [
                "IndonesianText", "ArticleReading", "Summarization", "Evaluation", "Providers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scoring against reference data: ROUGE, boundary F1, agreement.
        .target(name: "Evaluation"),
        .executableTarget(name: "warta", dependencies: ["WartaCLI"]),
        .executableTarget(
            name: "HTTPBenchmarks",
            dependencies: ["HTTP"],
            path: "Benchmarks/HTTPBenchmarks"
        ),
        .executableTarget(
            name: "WartaBenchmarks",
            dependencies: ["IndonesianText", "Summarization"],
            path: "Benchmarks/WartaBenchmarks"
        ),
        // Locating ../shared evaluation data and reading JSON Lines in tests.
        .target(name: "WartaTestSupport", path: "Tests/WartaTestSupport"),
        .testTarget(name: "IndonesianTextTests", dependencies: ["IndonesianText", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading", "WartaTestSupport"]),
        .testTarget(name: "SummarizationTests", dependencies: ["Summarization", "IndonesianText", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "WartaTestSupport"]),
        .testTarget(name: "ProvidersTests", dependencies: ["Providers", "HTTP", "WartaTestSupport"]),
        .testTarget(name: "WartaCLITests", dependencies: ["WartaCLI", "warta", "WartaTestSupport"]),
    ]
)

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
    ],
    targets: [
        // libxml2's HTML parser, reached through pkg-config (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
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
                "IndonesianText", "ArticleReading", "Summarization", "Evaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scoring against reference data: ROUGE, boundary F1, agreement.
        .target(name: "Evaluation"),
        .executableTarget(name: "warta", dependencies: ["WartaCLI"]),
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
        .testTarget(name: "WartaCLITests", dependencies: ["WartaCLI", "warta", "WartaTestSupport"]),
    ]
)

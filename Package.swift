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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/console-kit", from: "4.16.2"),
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
                "Translation", "LocalTranslation", "Publishing", "Queue", "Scheduling", "Feeds", "Pipeline", "Storage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The SQLite store shared by the queue, translation memory, feeds and schedules.
        .target(
            name: "Storage",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The offline rule-based Indonesian → English translator (`provider: local`).
        .target(name: "LocalTranslation", dependencies: ["IndonesianText"], resources: [.copy("Lexicon")]),
        // Bilingual blocks, prompts, glossary, translation memory and backends chained with repair.
        .target(
            name: "Translation",
            dependencies: [
                "Providers", "HTTP", "IndonesianText", "LocalTranslation", "Storage",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Bilingual outputs: Markdown, JSON and HTML per article, and the run digest.
        .target(name: "Publishing", dependencies: ["Translation"]),
        // The durable task queue (SQLite) behind a protocol other backends can implement.
        .target(name: "Queue", dependencies: ["Storage", .product(name: "GRDB", package: "GRDB.swift")]),
        // Cron schedules with time zones and the scheduler loop.
        .target(name: "Scheduling", dependencies: ["Storage", .product(name: "GRDB", package: "GRDB.swift")]),
        // RSS, Atom and JSON Feed sources and article pages fetched over HTTP.
        .target(
            name: "Feeds",
            dependencies: [
                "HTTP", "ArticleReading", "IndonesianText", "CLibXML2", "Storage",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Job files, sources, the runner that composes every stage, and its progress display.
        .target(
            name: "Pipeline",
            dependencies: [
                "IndonesianText", "ArticleReading", "Summarization", "Providers", "Translation",
                "LocalTranslation", "Publishing", "Queue", "Scheduling", "Feeds", "Storage", "HTTP",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ConsoleKitTerminal", package: "console-kit"),
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
        .executableTarget(
            name: "TranslatorBenchmarks",
            dependencies: ["LocalTranslation", "IndonesianText"],
            path: "Benchmarks/TranslatorBenchmarks"
        ),
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: ["Queue", "Pipeline", "Storage"],
            path: "Benchmarks/PipelineBenchmarks"
        ),
        // Locating ../shared evaluation data and reading JSON Lines in tests.
        .target(name: "WartaTestSupport", path: "Tests/WartaTestSupport"),
        .testTarget(name: "IndonesianTextTests", dependencies: ["IndonesianText", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading", "WartaTestSupport"]),
        .testTarget(name: "SummarizationTests", dependencies: ["Summarization", "IndonesianText", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "WartaTestSupport"]),
        .testTarget(name: "ProvidersTests", dependencies: ["Providers", "HTTP", "WartaTestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "WartaTestSupport"]),
        .testTarget(name: "LocalTranslationTests", dependencies: ["LocalTranslation", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "TranslationTests", dependencies: ["Translation", "Providers", "Storage", "Evaluation", "WartaTestSupport"]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Translation", "WartaTestSupport"]),
        .testTarget(name: "QueueTests", dependencies: ["Queue", "Storage", "WartaTestSupport"]),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "Storage", "WartaTestSupport"]),
        .testTarget(name: "FeedsTests", dependencies: ["Feeds", "HTTP", "Storage", "WartaTestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Translation", "Queue", "WartaTestSupport"]),
        .testTarget(name: "WartaCLITests", dependencies: ["WartaCLI", "warta", "LocalTranslation", "WartaTestSupport"]),
    ]
)

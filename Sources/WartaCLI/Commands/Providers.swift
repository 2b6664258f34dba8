import ArgumentParser
import Foundation
import HTTP
import Providers

/// `warta providers`: inspect and check the configured translation and LLM providers.
struct Providers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and check the configured translation and LLM providers.",
        discussion: """
            Providers are configured by name in Jobs/providers.yml (or the file given with \
            --providers). Keys are never written there: each provider names the environment \
            variable that holds its key.

            Examples:
              warta providers list
              warta providers check
              warta providers check deepl --providers my-providers.yml
            """,
        subcommands: [Check.self, List.self]
    )

    /// The `--providers FILE` option shared by the subcommands.
    struct FileOption: ParsableArguments {
        @Option(name: .customLong("providers"), help: ArgumentHelp("The providers file.", valueName: "file"))
        var path: String = ProvidersFile.defaultPath

        /// The file's providers, or the file's problems printed and a failure exit.
        func load() throws -> ProvidersFile {
            do {
                return try ProvidersFile.load(path: path)
            } catch {
                for problem in error.problems { StandardError.print(problem.description) }
                throw ExitCode.failure
            }
        }
    }

    /// `warta providers check [NAME]`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send one tiny request to each provider and report whether its key works.",
            discussion: """
                Language models get a one-token chat; translation services translate "halo". \
                Prints name, kind, model, latency and the outcome per provider; exits non-zero \
                when any provider fails, with the reason.
                """
        )

        @Argument(help: "Check only this provider.")
        var name: String?

        @OptionGroup var file: FileOption

        func run() async throws {
            let providersFile = try file.load()
            var selected = providersFile.providers
            if let name {
                do {
                    selected = [try providersFile.provider(named: name)]
                } catch {
                    StandardError.print(error.description)
                    throw ExitCode.failure
                }
            }
            if selected.isEmpty {
                StandardError.print("\(providersFile.path): no providers are configured")
                throw ExitCode.failure
            }
            let http = HTTPClient()
            defer { http.shutdown() }
            let checks = await withTaskGroup(of: (Int, ProviderCheck).self) { group in
                for (index, configuration) in selected.enumerated() {
                    group.addTask { (index, await ProviderCheck.run(ProviderClient(configuration: configuration, http: http))) }
                }
                var checks = [ProviderCheck?](repeating: nil, count: selected.count)
                for await (index, check) in group { checks[index] = check }
                return checks.compactMap { $0 }
            }
            let sink = OutputSink(path: nil)
            for line in ProvidersTable.check(checks) { sink.write(line + "\n") }
            try sink.finish()
            let failures = checks.filter { !$0.succeeded }
            if !failures.isEmpty {
                for failure in failures { StandardError.print(failure.error?.description ?? "\(failure.configuration.name): failed") }
                StandardError.print("\(failures.count) of \(checks.count) provider\(checks.count == 1 ? "" : "s") failed the check")
                throw ExitCode.failure
            }
        }
    }

    /// `warta providers list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the configured providers and whether their key variables are set."
        )

        @OptionGroup var file: FileOption

        func run() async throws {
            let providersFile = try file.load()
            let sink = OutputSink(path: nil)
            for line in ProvidersTable.list(providersFile.providers, keys: .processEnvironment) { sink.write(line + "\n") }
            try sink.finish()
        }
    }
}

/// Lays out the `providers` subcommands' output as aligned columns.
enum ProvidersTable {
    /// One line per check: name, kind, model, latency, outcome.
    static func check(_ checks: [ProviderCheck]) -> [String] {
        let rows = checks.map { check -> [String] in
            let latency = check.latency.map { "\(milliseconds($0)) ms" } ?? "-"
            let outcome: String
            // A provider without a key (a local server) can only show that it answers.
            let accepted = check.configuration.apiKeyVariable == nil ? "ok: answered" : "ok: key accepted"
            switch check.error {
            case nil: outcome = accepted + (check.reply?.model.map { ", model \($0)" } ?? "")
            case let .rateLimited(_, _, retryAfter, _)?:
                outcome = accepted + ", but rate limited now" + (retryAfter.map { " (retry after \(milliseconds($0)) ms)" } ?? "")
            case let error?: outcome = "failed: \(error)"
            }
            return [check.configuration.name, check.configuration.kind.rawValue, check.configuration.model ?? "-", latency, outcome]
        }
        return aligned([["NAME", "KIND", "MODEL", "LATENCY", "RESULT"]] + rows)
    }

    /// One line per provider: name, kind, model, host, key variable and whether it is set.
    static func list(_ providers: [ProviderConfiguration], keys: APIKeyResolver) -> [String] {
        let rows = providers.map { provider -> [String] in
            let key = provider.apiKeyVariable.map { "$\($0) (\(keys.hasKey(for: provider) ? "set" : "unset"))" } ?? "none"
            return [provider.name, provider.kind.rawValue, provider.model ?? "-", provider.baseURL.absoluteString, key]
        }
        return aligned([["NAME", "KIND", "MODEL", "BASE URL", "KEY"]] + rows)
    }

    /// `rows` with every column but the last padded to its widest cell.
    static func aligned(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
            }.joined()
        }
    }

    /// A duration in whole milliseconds.
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

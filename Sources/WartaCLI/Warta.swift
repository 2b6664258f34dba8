import ArgumentParser

/// The `warta` command: summarize and translate Indonesian news.
public struct Warta: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Summarize Indonesian news into bullet points and translate them to English.",
        version: WartaVersion.current,
        subcommands: []
    )

    public init() {}
}

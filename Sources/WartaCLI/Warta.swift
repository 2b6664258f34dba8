import ArgumentParser

/// The `warta` command: summarize and translate Indonesian news.
public struct Warta: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Turn Indonesian news articles into clean text and bullet points.",
        discussion: """
            Warta reads scraped articles (plain text, Markdown, HTML or JSON Lines), removes \
            the boilerplate around them, and picks the sentences that carry each one.

            Examples:
              warta summarize article.txt
              warta summarize --bullets 5 --format json page.html
              curl -s URL | warta summarize -
              warta summarize --jsonl batch.jsonl > summaries.jsonl
            """,
        version: WartaVersion.current,
        subcommands: [Summarize.self, Clean.self, Sentences.self, Stem.self, Providers.self]
    )

    public init() {}
}

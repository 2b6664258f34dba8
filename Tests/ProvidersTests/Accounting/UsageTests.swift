import Providers
import Testing

@Suite struct UsageTests {
    @Test func sumsEveryCounter() {
        var total = Usage(inputTokens: 10, outputTokens: 2, requests: 1)
        total += Usage(inputTokens: 5, outputTokens: 3, characters: 7, requests: 1)
        #expect(total == Usage(inputTokens: 15, outputTokens: 5, characters: 7, requests: 2))
        #expect(total.totalTokens == 20)
    }

    @Test func costsAtPerMillionPrices() {
        let tokens = Usage(inputTokens: 2_000_000, outputTokens: 500_000, requests: 3)
        #expect(tokens.cost(at: ProviderPrices(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.60)) == 0.6)
        let characters = Usage(characters: 250_000, requests: 1)
        #expect(characters.cost(at: ProviderPrices(perMillionCharacters: 20)) == 5)
        #expect(characters.cost(at: ProviderPrices()) == nil)
    }

    @Test func theLedgerAddsUpPerProviderAndPricesTheRun() async {
        let ledger = UsageLedger()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 {
                group.addTask { ledger.record(Usage(inputTokens: 10_000, outputTokens: 1_000, requests: 1), provider: "openai") }
            }
        }
        ledger.record(Usage(characters: 1_000_000, requests: 1), provider: "deepl")
        #expect(ledger.total(for: "openai") == Usage(inputTokens: 1_000_000, outputTokens: 100_000, requests: 100))
        #expect(ledger.total(for: "google") == .zero)
        var openai = ProviderFixtures.configuration(.openai)
        openai.prices = ProviderPrices(inputPerMillionTokens: 1, outputPerMillionTokens: 10)
        let deepl = ProviderFixtures.configuration(.deepl)
        #expect(ledger.costs(for: [openai, deepl]) == ["openai": 2])
    }

    @Test func theSummaryNamesEachProviderThatAnsweredWithItsCost() {
        let ledger = UsageLedger()
        ledger.record(Usage(inputTokens: 5_000, outputTokens: 1_000, requests: 2), provider: "openai")
        ledger.record(Usage(characters: 300, requests: 1), provider: "deepl")
        var openai = ProviderFixtures.configuration(.openai)
        openai.prices = ProviderPrices(inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.60)
        let lines = ledger.summary(for: [ProviderFixtures.configuration(.google), openai, ProviderFixtures.configuration(.deepl)])
        #expect(lines == ["openai: 2 requests, 5000 tokens in, 1000 out, 0.0014 USD", "deepl: 1 request, 300 characters"])
    }
}

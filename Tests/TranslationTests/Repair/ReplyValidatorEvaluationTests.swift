import Foundation
import Testing
@testable import Translation
import WartaTestSupport

/// The validator against human translations: the reference English of the shared MT set must
/// pass (a rejected good reply costs a retry), and the same references shifted by one block
/// within a batch must be caught (a kept shifted reply would misalign the output).
@Suite struct ReplyValidatorEvaluationTests {
    struct Pair: Decodable {
        var id: String
        var id_text: String
        var en_text: String
    }

    static let batchSize = 10

    /// The shared set in batches of consecutive rows, as units and their reference English.
    static func batches() throws -> [[(unit: TranslationUnit, english: String)]] {
        let pairs = try SharedData.jsonLines("eval/mt-dev.jsonl", as: Pair.self)
        let items = pairs.enumerated().map { index, pair in
            (unit: TranslationUnit(id: .paragraph(index + 1), block: .paragraph(index + 1), text: pair.id_text), english: pair.en_text)
        }
        return stride(from: 0, to: items.count, by: batchSize).map { Array(items[$0..<min($0 + batchSize, items.count)]) }
    }

    static func reply(_ texts: [(BlockID, String)]) -> String {
        ProviderReplies.jsonText(Dictionary(uniqueKeysWithValues: texts.map { ($0.0.rawValue, $0.1) }))
    }

    @Test func referenceTranslationsAreAccepted() throws {
        let validator = ReplyValidator()
        let batches = try Self.batches()
        var problems: [String] = []
        for batch in batches {
            if case let .failure(failure) = validator.check(keyed: Self.reply(batch.map { ($0.unit.id, $0.english) }), units: batch.map(\.unit)) {
                problems.append(failure.description)
            }
        }
        // Measured: 0 of 30 batches of 10 rejected. A rejection costs a corrective retry.
        #expect(problems.count * 20 <= batches.count, "\(problems)")
    }

    @Test func referencesShiftedByOneBlockAreCaught() throws {
        let validator = ReplyValidator()
        let batches = try Self.batches().filter { $0.count > 1 }
        var caught = 0
        for batch in batches {
            let shifted = batch.enumerated().map { index, item in (item.unit.id, batch[(index + 1) % batch.count].english) }
            if case .failure = validator.check(keyed: Self.reply(shifted), units: batch.map(\.unit)) { caught += 1 }
        }
        // Measured: 30 of 30. A shifted reply that is kept would misalign the output.
        #expect(caught * 10 >= batches.count * 9, "\(caught) of \(batches.count)")
    }
}

// Measures the local translator: lexicon load time, sentences per second on one core,
// and writes its translations of a JSON Lines file for `warta-score translations`.
//
//   TranslatorBenchmarks --translate ../shared/eval/mt-dev.jsonl --output /tmp/local-pred.jsonl [--seconds 3]
//   TranslatorBenchmarks --text "Indonesian sentence"
import Foundation
import LocalTranslation

/// One row of the input: an id and the Indonesian text.
struct SourceRow: Decodable {
    var id: String
    var id_text: String
}

/// One row of the output, as `warta-score translations` reads it.
struct PredictionRow: Encodable {
    var id: String
    var en_text: String
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TranslatorBenchmarks: \(message)\n".utf8))
    exit(1)
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name) else { return nil }
    guard index + 1 < arguments.count else { fail("\(name) needs a value") }
    return arguments[index + 1]
}

let loadStart = ContinuousClock.now
let translator: LocalTranslator
do {
    translator = try LocalTranslator()
} catch {
    fail("\(error)")
}
let loadSeconds = seconds(since: loadStart)

if let text = option("--text") {
    print(translator.translate(text))
    exit(0)
}

guard let inputPath = option("--translate") else {
    fail("usage: TranslatorBenchmarks --translate FILE.jsonl [--output PRED.jsonl] [--seconds S] | --text TEXT")
}
guard let data = FileManager.default.contents(atPath: inputPath) else { fail("cannot read \(inputPath)") }
let decoder = JSONDecoder()
var rows: [SourceRow] = []
for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
    do {
        rows.append(try decoder.decode(SourceRow.self, from: Data(line.utf8)))
    } catch {
        fail("\(inputPath): a line is not {\"id\", \"id_text\"}: \(error)")
    }
}

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
var output = Data()
for row in rows {
    let prediction = PredictionRow(id: row.id, en_text: translator.translate(row.id_text))
    output.append(try! encoder.encode(prediction))
    output.append(0x0A)
}
if let outputPath = option("--output") {
    guard FileManager.default.createFile(atPath: outputPath, contents: output) else { fail("cannot write \(outputPath)") }
}

// Speed: whole passes over the rows for about `--seconds`, counting sentences roughly as
// rows' sentence-ending marks (at least one a row).
let budget = Double(option("--seconds") ?? "3") ?? 3
let sentenceCount = rows.reduce(0) { total, row in
    total + max(1, row.id_text.split(whereSeparator: { $0 == "." || $0 == "!" || $0 == "?" }).filter { $0.count > 3 }.count)
}
var passes = 0
var checksum = 0
let speedStart = ContinuousClock.now
repeat {
    for row in rows { checksum &+= translator.translate(row.id_text).utf8.count }
    passes += 1
} while seconds(since: speedStart) < budget
let elapsed = seconds(since: speedStart)
print("rows: \(rows.count), sentences: \(sentenceCount), lexicon entries: \(translator.lexiconSize)")
print(String(format: "lexicon load: %.1f ms", loadSeconds * 1000))
print(String(format: "speed: %.0f sentences/s, %.0f rows/s (%d passes, checksum %d)",
             Double(sentenceCount * passes) / elapsed, Double(rows.count * passes) / elapsed, passes, checksum))

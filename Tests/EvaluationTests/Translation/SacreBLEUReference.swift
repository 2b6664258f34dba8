import Foundation

/// sacrebleu itself, run through `python3`, to check that our scores equal the reference
/// implementation's on the same outputs.
///
/// When python3 or sacrebleu is missing the tests that need it are skipped, unless the environment
/// variable `CI` is set: there the tools are installed, so their absence is a failure.
enum SacreBLEUReference {
    /// Whether `python3 -c "import sacrebleu"` succeeds.
    static let isInstalled: Bool = (try? run(script: "import sacrebleu", input: Data())) != nil

    /// Whether the tests comparing with sacrebleu should run.
    static var shouldRun: Bool {
        isInstalled || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// sacrebleu's corpus BLEU, chrF and chrF++ for each system, all scored against `references`.
    static func scores(systems: [[String]], references: [String]) throws -> [[Double]] {
        let input = try JSONSerialization.data(withJSONObject: ["systems": systems, "references": references])
        let script = """
            import json, sys, sacrebleu
            job = json.load(sys.stdin)
            refs = [job["references"]]
            print(json.dumps([[sacrebleu.corpus_bleu(h, refs).score, sacrebleu.corpus_chrf(h, refs).score,
                               sacrebleu.corpus_chrf(h, refs, word_order=2).score] for h in job["systems"]]))
            """
        let output = try run(script: script, input: input)
        guard let scores = try JSONSerialization.jsonObject(with: output) as? [[Double]] else {
            throw SacreBLEUFailure(message: "unexpected output: \(String(decoding: output, as: UTF8.self))")
        }
        return scores
    }

    private static func run(script: String, input: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let standardInput = Pipe()
        let standardOutput = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Reads and writes on separate threads so neither pipe fills and blocks python.
        let writer = Thread {
            standardInput.fileHandleForWriting.write(input)
            try? standardInput.fileHandleForWriting.close()
        }
        writer.start()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SacreBLEUFailure(message: "python3 exited with status \(process.terminationStatus); install sacrebleu with `pip install sacrebleu`")
        }
        return output
    }
}

/// sacrebleu could not be run or answered something unexpected.
struct SacreBLEUFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { "sacrebleu: \(message)" }
}

/// The machine-translation evaluation set beside the clone (`$WARTA_SHARED/eval/mt-dev.jsonl`, or
/// `../shared/eval/mt-dev.jsonl`), read at run time and never copied into the project.
/// (EvaluationTests does not depend on WartaTestSupport, so it finds the folder itself.)
enum MachineTranslationDevelopmentSet {
    /// One sentence pair.
    struct Pair: Decodable {
        var id: String
        var id_text: String
        var en_text: String
        var source: String
    }

    static var url: URL {
        if let shared = ProcessInfo.processInfo.environment["WARTA_SHARED"], !shared.isEmpty {
            return URL(fileURLWithPath: shared).appendingPathComponent("eval/mt-dev.jsonl")
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Translation
            .deletingLastPathComponent()  // EvaluationTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the clone
            .deletingLastPathComponent()
            .appendingPathComponent("shared/eval/mt-dev.jsonl")
    }

    /// Every pair of the set.
    static func pairs() throws -> [Pair] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Pair.self, from: Data($0)) }
    }
}

import Foundation
import Scheduling
import Translation
import Yams

/// Reads and checks job files (`Jobs/NAME.yml`):
///
/// ```yaml
/// name: world-desk
/// sources:
///   - files: samples/*.txt
///   - jsonl: samples/batch.jsonl
/// summarize: { engine: extractive }
/// translate: { provider: [openai, local], glossary: glossary.tsv }
/// output: { dir: ../out/world-desk, formats: [md, json, html] }
/// ```
///
/// Every problem is collected, each naming the file, the line and the field; paths are resolved
/// against the job file's directory and sources that do not exist are reported.
public enum JobFile {
    /// Reads the job at `path`.
    public static func load(path: String) throws(JobFileError) -> JobDefinition {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JobFileError(problems: [.init(file: path, message: "cannot read the job file: no such file or not readable")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobFileError(problems: [.init(file: path, message: "the job file is not UTF-8 text")])
        }
        return try parse(text, path: path)
    }

    /// Reads the job in `yaml`, naming `path` in problems and resolving paths against its directory.
    public static func parse(_ yaml: String, path: String, checkingSources: Bool = true) throws(JobFileError) -> JobDefinition {
        var reader = JobFileReader(path: path, checksSources: checkingSources)
        let job = reader.read(yaml)
        if let job, reader.problems.isEmpty { return job }
        throw JobFileError(problems: reader.problems)
    }
}

/// Walks a job file's YAML tree, collecting problems.
struct JobFileReader {
    let path: String
    let checksSources: Bool
    var problems: [JobFileError.Problem] = []

    static let topFields = ["name", "schedule", "timezone", "catch_up", "sources", "summarize", "translate", "output", "concurrency", "retries"]
    static let sourceKinds = ["files", "directory", "jsonl", "feed", "url"]
    static let partNames: [String: BlockKind] = ["title": .title, "bullets": .bullet, "body": .paragraph]
    static let formatNames = ["md", "json", "html"]

    init(path: String, checksSources: Bool) {
        self.path = path
        self.checksSources = checksSources
    }

    /// The directory relative paths in the file are resolved against.
    var baseDirectory: String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    mutating func read(_ yaml: String) -> JobDefinition? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report(nil, error.problemDescription, line: error.line)
            return nil
        } catch {
            report(nil, "not readable as YAML")
            return nil
        }
        guard let root, let top = root.mapping else {
            report(nil, "expected a mapping of job settings (name, sources, summarize, translate, output)", line: root?.mark?.line)
            return nil
        }
        checkKeys(of: root, allowed: Self.topFields, field: nil)

        let name = string(top["name"], field: "name")
        if top["name"] == nil {
            report("name", "missing: the job's name, e.g. name: world-desk", line: root.mark?.line)
        } else if let name, !Self.isJobName(name) {
            report("name", "use letters, digits, '-', '_' and '.' only (it names the job's store entries and files)", line: top["name"]?.mark?.line)
        }

        var schedule: ScheduleSettings?
        if let expression = string(top["schedule"], field: "schedule") {
            schedule = ScheduleSettings(expression: expression)
            if let zone = string(top["timezone"], field: "timezone") {
                if TimeZone(identifier: zone) == nil {
                    report("timezone", "'\(zone)' is not an IANA time zone name such as Asia/Jakarta, Europe/Berlin or UTC", line: top["timezone"]?.mark?.line)
                }
                schedule?.timeZone = zone
            }
            if let policy = string(top["catch_up"], field: "catch_up") {
                if !["once", "skip"].contains(policy) {
                    report("catch_up", "'\(policy)' is not a catch-up policy; use once (run missed fire times once) or skip", line: top["catch_up"]?.mark?.line)
                }
                schedule?.catchUp = policy
            }
            if let settings = schedule, let name {
                do {
                    // Zone and policy were checked above; only the expression is left to judge.
                    let zone = TimeZone(identifier: settings.timeZone) == nil ? nil : settings.timeZone
                    _ = try ScheduledJob(name: name, schedule: settings.expression, timeZone: zone, catchUp: nil)
                } catch {
                    report("schedule", "\(error)", line: top["schedule"]?.mark?.line)
                }
            }
        } else {
            for field in ["timezone", "catch_up"] where top[field] != nil {
                report(field, "only meaningful with schedule:", line: top[field]?.mark?.line)
            }
        }

        let sources = readSources(top["sources"], rootLine: root.mark?.line)
        let summarize = readSummarize(top["summarize"])
        let translate = readTranslate(top["translate"])
        let output = readOutput(top["output"], rootLine: root.mark?.line)
        let concurrency = integer(top["concurrency"], field: "concurrency", range: 1...256) ?? 8
        let retries = integer(top["retries"], field: "retries", range: 0...20) ?? 3

        guard let name, let output else { return nil }
        return JobDefinition(
            name: name, path: path, schedule: schedule, sources: sources, summarize: summarize,
            translate: translate, output: output, concurrency: concurrency, retries: retries
        )
    }

    // MARK: Sections

    mutating func readSources(_ node: Node?, rootLine: Int?) -> [JobSource] {
        guard let node else {
            report("sources", "missing: list where articles come from, e.g. - files: samples/*.txt", line: rootLine)
            return []
        }
        guard let items = node.sequence, !items.isEmpty else {
            report("sources", "expected a list of sources (- files: …, - directory: …, - jsonl: …, - feed: …, - url: …)", line: node.mark?.line)
            return []
        }
        var sources: [JobSource] = []
        for (index, item) in items.enumerated() {
            let field = "sources[\(index + 1)]"
            if let pattern = item.scalar?.string {
                if let source = checkedFiles(pattern, field: field, line: item.mark?.line) { sources.append(source) }
                continue
            }
            guard let mapping = item.mapping else {
                report(field, "expected one of \(Self.sourceKinds.joined(separator: ", ")) with its value", line: item.mark?.line)
                continue
            }
            checkKeys(of: item, allowed: Self.sourceKinds + ["recursive"], field: field)
            let kinds = Self.sourceKinds.filter { mapping[$0] != nil }
            guard kinds.count == 1, let kind = kinds.first else {
                report(field, "name exactly one of \(Self.sourceKinds.joined(separator: ", ")) per source", line: item.mark?.line)
                continue
            }
            guard let value = string(mapping[kind], field: "\(field).\(kind)") else { continue }
            let line = mapping[kind]?.mark?.line
            switch kind {
            case "files":
                if let source = checkedFiles(value, field: "\(field).files", line: line) { sources.append(source) }
            case "directory":
                let resolved = resolve(value)
                let recursive = bool(mapping["recursive"], field: "\(field).recursive") ?? false
                var isDirectory: ObjCBool = false
                if checksSources, !FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) || !isDirectory.boolValue {
                    report("\(field).directory", "no directory at \(resolved)", line: line)
                } else {
                    sources.append(.directory(path: resolved, recursive: recursive))
                }
            case "jsonl":
                let resolved = resolve(value)
                if checksSources, !FileManager.default.isReadableFile(atPath: resolved) {
                    report("\(field).jsonl", "no readable file at \(resolved)", line: line)
                } else {
                    sources.append(.jsonLines(path: resolved))
                }
            default:
                guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false else {
                    report("\(field).\(kind)", "'\(value)' is not an http:// or https:// URL", line: line)
                    continue
                }
                sources.append(kind == "feed" ? .feed(url) : .page(url))
            }
            if mapping["recursive"] != nil, kind != "directory" {
                report("\(field).recursive", "only directory sources take recursive", line: mapping["recursive"]?.mark?.line)
            }
        }
        return sources
    }

    mutating func checkedFiles(_ pattern: String, field: String, line: Int?) -> JobSource? {
        let resolved = resolve(pattern)
        if checksSources, FileGlob(resolved).matches().isEmpty {
            report(field, "'\(pattern)' matches no file (looked for \(resolved))", line: line)
            return nil
        }
        return .files(pattern: resolved)
    }

    mutating func readSummarize(_ node: Node?) -> SummarizeSettings {
        var settings = SummarizeSettings()
        guard let node else { return settings }
        guard let mapping = node.mapping else {
            report("summarize", "expected settings: engine (extractive or provider), provider, bullets", line: node.mark?.line)
            return settings
        }
        checkKeys(of: node, allowed: ["engine", "provider", "bullets"], field: "summarize")
        let engine = string(mapping["engine"], field: "summarize.engine") ?? "extractive"
        let provider = string(mapping["provider"], field: "summarize.provider")
        switch engine {
        case "extractive":
            if provider != nil { report("summarize.provider", "only used with engine: provider", line: mapping["provider"]?.mark?.line) }
        case "provider":
            if let provider {
                settings.engine = .provider(provider)
            } else {
                report("summarize.provider", "engine: provider needs the provider's name from providers.yml", line: node.mark?.line)
            }
        default:
            report("summarize.engine", "'\(engine)' is not an engine; use extractive (local, offline) or provider (a language model)", line: mapping["engine"]?.mark?.line)
        }
        settings.bullets = integer(mapping["bullets"], field: "summarize.bullets", range: 1...20)
        return settings
    }

    mutating func readTranslate(_ node: Node?) -> TranslateSettings {
        var settings = TranslateSettings()
        guard let node else { return settings }
        guard let mapping = node.mapping else {
            report("translate", "expected settings: provider, prompt, glossary, parts", line: node.mark?.line)
            return settings
        }
        checkKeys(of: node, allowed: ["provider", "prompt", "glossary", "parts"], field: "translate")
        if let providerNode = mapping["provider"] {
            var names: [String] = []
            if let name = providerNode.scalar?.string {
                names = [name]
            } else if let items = providerNode.sequence {
                for (index, item) in items.enumerated() {
                    if let name = string(item, field: "translate.provider[\(index + 1)]") { names.append(name) }
                }
            } else {
                report("translate.provider", "expected a provider name or a list of names tried in order", line: providerNode.mark?.line)
            }
            if names == ["none"] {
                settings.providers = []
            } else if names.contains("none") {
                report("translate.provider", "none cannot be part of a list", line: providerNode.mark?.line)
            } else if names.isEmpty {
                report("translate.provider", "name at least one provider, or none", line: providerNode.mark?.line)
            } else {
                settings.providers = names
            }
        }
        if let prompt = string(mapping["prompt"], field: "translate.prompt") {
            if prompt.contains("/") || prompt.isEmpty {
                report("translate.prompt", "the name of a template in Prompts/ without .md, e.g. translate", line: mapping["prompt"]?.mark?.line)
            } else {
                settings.prompt = prompt.hasSuffix(".md") ? String(prompt.dropLast(3)) : prompt
            }
        }
        if let glossary = string(mapping["glossary"], field: "translate.glossary") {
            let resolved = resolve(glossary)
            if checksSources, !FileManager.default.isReadableFile(atPath: resolved) {
                report("translate.glossary", "no readable glossary at \(resolved)", line: mapping["glossary"]?.mark?.line)
            }
            settings.glossary = resolved
        }
        if let partsNode = mapping["parts"] {
            var parts = Set<BlockKind>()
            for (index, item) in (partsNode.sequence ?? []).enumerated() {
                guard let name = string(item, field: "translate.parts[\(index + 1)]") else { continue }
                if let kind = Self.partNames[name] {
                    parts.insert(kind)
                } else {
                    report("translate.parts[\(index + 1)]", "'\(name)' is not a part; use title, bullets, body", line: item.mark?.line)
                }
            }
            if partsNode.sequence == nil {
                report("translate.parts", "expected a list of parts: [title, bullets, body]", line: partsNode.mark?.line)
            }
            settings.parts = parts
        }
        return settings
    }

    mutating func readOutput(_ node: Node?, rootLine: Int?) -> OutputSettings? {
        guard let node else {
            report("output", "missing: where outputs go, e.g. output: { dir: ../out/NAME }", line: rootLine)
            return nil
        }
        guard let mapping = node.mapping else {
            report("output", "expected settings: dir, formats", line: node.mark?.line)
            return nil
        }
        checkKeys(of: node, allowed: ["dir", "formats"], field: "output")
        guard let directory = string(mapping["dir"], field: "output.dir") else {
            if mapping["dir"] == nil { report("output.dir", "missing: the directory outputs and the digest go to", line: node.mark?.line) }
            return nil
        }
        var settings = OutputSettings(directory: resolve(directory))
        if let formatsNode = mapping["formats"] {
            var formats: [String] = []
            let items: [Node] = formatsNode.sequence.map(Array.init) ?? (formatsNode.scalar?.string.split(separator: ",").map { Node(String($0).trimmingCharacters(in: .whitespaces)) } ?? [])
            for item in items {
                guard let name = item.scalar?.string else { continue }
                if Self.formatNames.contains(name) {
                    if !formats.contains(name) { formats.append(name) }
                } else {
                    report("output.formats", "'\(name)' is not a format; use md, json, html", line: item.mark?.line ?? formatsNode.mark?.line)
                }
            }
            if formats.isEmpty, items.isEmpty {
                report("output.formats", "name at least one of md, json, html", line: formatsNode.mark?.line)
            }
            settings.formats = formats
        }
        return settings
    }

    // MARK: Values

    mutating func checkKeys(of node: Node, allowed: [String], field: String?) {
        guard let mapping = node.mapping else { return }
        for (key, _) in mapping {
            let name = key.string ?? "?"
            guard !allowed.contains(name) else { continue }
            let full = field.map { "\($0).\(name)" } ?? name
            report(full, "unknown field; expected one of \(allowed.joined(separator: ", "))", line: key.mark?.line)
        }
    }

    mutating func string(_ node: Node?, field: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, node.tag != Tag(.null) else {
            report(field, "expected text", line: node.mark?.line)
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespaces)
        if value.isEmpty {
            report(field, "must not be empty", line: node.mark?.line)
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node?, field: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let value = node.scalar.flatMap({ Int($0.string) }) else {
            report(field, "expected a whole number from \(range.lowerBound) to \(range.upperBound)", line: node.mark?.line)
            return nil
        }
        guard range.contains(value) else {
            report(field, "\(value) is out of range \(range.lowerBound)–\(range.upperBound)", line: node.mark?.line)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node?, field: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(field, "expected true or false", line: node.mark?.line)
            return nil
        }
    }

    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return (path as NSString).expandingTildeInPath }
        return ((baseDirectory as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    static func isJobName(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
            && !name.hasPrefix(".")
    }

    mutating func report(_ field: String?, _ message: String, line: Int? = nil) {
        problems.append(.init(file: path, line: line, field: field, message: message))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file pattern as job files write them: `*`, `?` and `[…]` within one path component
/// (matched by fnmatch(3)), and `**` for any number of directories.
///
/// Written here because glob(3) has no `**` and Foundation offers no globbing on Linux.
public struct FileGlob: Sendable, Hashable {
    /// The pattern, absolute or relative to the working directory.
    public var pattern: String

    /// Creates a glob.
    public init(_ pattern: String) { self.pattern = pattern }

    /// The regular files matching the pattern, sorted by path; hidden files only when the pattern names them.
    public func matches() -> [String] {
        let isAbsolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var results: [String] = []
        walk(directory: isAbsolute ? "/" : ".", components: components[...], into: &results)
        return results.map { isAbsolute || !$0.hasPrefix("./") ? $0 : String($0.dropFirst(2)) }.sorted()
    }

    private func walk(directory: String, components: ArraySlice<String>, into results: inout [String]) {
        guard let component = components.first else { return }
        let rest = components.dropFirst()
        let fileManager = FileManager.default
        if component == "**" {
            // Zero directories, then each subdirectory in turn.
            walk(directory: directory, components: rest, into: &results)
            for entry in (try? fileManager.contentsOfDirectory(atPath: directory)) ?? [] where !entry.hasPrefix(".") {
                let path = join(directory, entry)
                if isDirectory(path) { walk(directory: path, components: components, into: &results) }
            }
            return
        }
        if !Self.hasWildcard(component) {
            let path = join(directory, component)
            if rest.isEmpty {
                if isRegularFile(path) { results.append(path) }
            } else if isDirectory(path) {
                walk(directory: path, components: rest, into: &results)
            }
            return
        }
        for entry in (try? fileManager.contentsOfDirectory(atPath: directory)) ?? [] {
            if entry.hasPrefix("."), !component.hasPrefix(".") { continue }
            guard fnmatch(component, entry, 0) == 0 else { continue }
            let path = join(directory, entry)
            if rest.isEmpty {
                if isRegularFile(path) { results.append(path) }
            } else if isDirectory(path) {
                walk(directory: path, components: rest, into: &results)
            }
        }
    }

    private func join(_ directory: String, _ entry: String) -> String {
        directory == "/" ? "/" + entry : directory + "/" + entry
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private func isRegularFile(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && !flag.boolValue
    }

    static func hasWildcard(_ component: String) -> Bool {
        component.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }
}

import Foundation
import RLMEngine
import RLMTools

/// Makes a run's context from what the client sent: inline text, or files of the workspace
/// named by paths and globs (read through the workspace tools, so the confinement rules and
/// ignore files of `find_files` apply).
struct ContextLoader: Sendable {
    /// The most files one `contextFiles` list may gather.
    static let maxFiles = 10_000
    /// The most bytes one file and all of them may have.
    static let maxFileBytes = 64 << 20
    static let maxTotalBytes = 512 << 20

    let workspace: Workspace?

    /// The context and its description, or nil when neither was given.
    func load(context: ContextInput?, files: [String]?) async throws -> (RunContext, ContextInfo)? {
        if let context { return Self.inline(context) }
        if let files { return try await read(files) }
        return nil
    }

    static func inline(_ context: ContextInput) -> (RunContext, ContextInfo) {
        switch context {
        case .text(let text):
            return (.text(text), ContextInfo(type: "str", chars: text.count, items: nil, files: nil))
        case .list(let items):
            return (.list(items), ContextInfo(type: "list", chars: items.reduce(0) { $0 + $1.count }, items: items.count, files: nil))
        case .documents(let documents):
            // JSON objects have no order; names sorted make the same context every time.
            let sorted = documents.keys.sorted().map { ContextDocument(name: $0, text: documents[$0]!) }
            return (.documents(sorted), ContextInfo(
                type: "dict", chars: sorted.reduce(0) { $0 + $1.text.count }, items: sorted.count, files: nil))
        }
    }

    /// Each entry is a path or a glob; the context is a dict path -> text, in the order the
    /// entries name the files (a glob's matches sorted), each file once.
    private func read(_ patterns: [String]) async throws -> (RunContext, ContextInfo) {
        guard let workspace else {
            throw ResponseError.invalidParams(
                "params.contextFiles: the server has no workspace (initialize gave no rootUri, rootPath or workspaceFolders, and rlm serve no --workspace)")
        }
        var limits = ToolLimits()
        limits.maxReadBytes = Self.maxFileBytes
        let tools = WorkspaceTools(workspace: workspace, policy: .readOnly, limits: limits)
        var paths: [String] = []
        var seen: Set<String> = []
        var explicit: Set<String> = []
        for (index, raw) in patterns.enumerated() {
            let field = "params.contextFiles[\(index)]"
            let pattern = relative(raw, in: workspace)
            if Self.isGlob(pattern) {
                let found: [String]
                do {
                    found = try await tools.run(FindFiles.self, FindFiles.Arguments(pattern: pattern)).paths
                } catch let error as ToolError {
                    throw ResponseError.invalidParams("\(field): \(error.message)")
                }
                if found.isEmpty {
                    throw ResponseError.invalidParams(
                        "\(field): '\(raw)' matches no file in the workspace (files ignored by .gitignore are skipped; name one to read it anyway)")
                }
                for path in found where seen.insert(path).inserted { paths.append(path) }
            } else {
                if seen.insert(pattern).inserted { paths.append(pattern) }
                explicit.insert(pattern)
            }
            if paths.count > Self.maxFiles {
                throw ResponseError.invalidParams("\(field): more than \(Self.maxFiles) files; name fewer")
            }
        }

        var documents: [ContextDocument] = []
        var total = 0
        for path in paths {
            try Task.checkCancellation()
            let text: String
            do {
                text = try await tools.run(ReadFile.self, ReadFile.Arguments(path: path)).text
            } catch let error as ToolError {
                // A binary or unreadable file a glob happened to match is left out; one named
                // on its own is an error.
                if !explicit.contains(path) { continue }
                let index = patterns.firstIndex { relative($0, in: workspace) == path } ?? 0
                if error.kind == .tooLarge {
                    throw ResponseError.invalidParams(
                        "params.contextFiles[\(index)]: \(path) is larger than \(FrameDecoder.mebibytes(Self.maxFileBytes)), the most one context file may have")
                }
                throw ResponseError.invalidParams("params.contextFiles[\(index)]: \(error.message)")
            }
            total += text.utf8.count
            if total > Self.maxTotalBytes {
                throw ResponseError.invalidParams(
                    "params.contextFiles: the files come to more than \(FrameDecoder.mebibytes(Self.maxTotalBytes)); name fewer")
            }
            documents.append(ContextDocument(name: path, text: text))
        }
        if documents.isEmpty {
            throw ResponseError.invalidParams("params.contextFiles: the files matched are all binary or unreadable")
        }
        let info = ContextInfo(
            type: "dict", chars: documents.reduce(0) { $0 + $1.text.count }, items: documents.count,
            files: documents.map(\.name))
        return (.documents(documents), info)
    }

    /// A path inside the workspace made relative to it (absolute paths are accepted when
    /// they are inside); anything else is left for the tools to judge.
    private func relative(_ path: String, in workspace: Workspace) -> String {
        var text = path
        for root in [workspace.root, workspace.rootAsGiven] where text.hasPrefix(root + "/") {
            text = String(text.dropFirst(root.count + 1))
            break
        }
        while text.hasPrefix("./") { text.removeFirst(2) }
        return text
    }

    static func isGlob(_ pattern: String) -> Bool {
        pattern.contains { "*?[{".contains($0) }
    }
}

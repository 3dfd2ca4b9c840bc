/// The rules of one .gitignore file, for folders that are not in a git repository (inside a
/// repository git itself decides, see FileEnumerator). Supported: comments, blank lines,
/// `!` negation, a trailing `/` for folders only, patterns anchored by a `/` (relative to the
/// file's folder) or matching a name at any depth, and globs with `**` (see Glob).
struct IgnoreFile: Sendable {
    struct Rule: Sendable {
        let glob: Glob
        let negated: Bool
        let directoryOnly: Bool
    }

    /// The folder the file is in, relative to where the walk started ("" for the start).
    let base: String
    private let baseParts: [Substring]
    let rules: [Rule]

    init(base: String, text: String) {
        self.base = base
        baseParts = base.split(separator: "/")
        var rules: [Rule] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            // Trailing spaces are ignored unless escaped.
            while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() }
            if line.hasPrefix("\\#") || line.hasPrefix("\\!") { line.removeFirst() }
            var directoryOnly = false
            if line.hasSuffix("/") { directoryOnly = true; line.removeLast() }
            if line.isEmpty { continue }
            // A slash at the start or in the middle anchors the pattern to this folder.
            if line.hasPrefix("/") { line.removeFirst() } else if !line.contains("/") { line = "**/" + line }
            guard let glob = try? Glob(line) else { continue }
            rules.append(Rule(glob: glob, negated: negated, directoryOnly: directoryOnly))
        }
        self.rules = rules
    }

    /// true: ignored, false: explicitly re-included, nil: no rule here says anything.
    /// `path` is relative to the walk's start.
    func verdict(_ path: [Substring], isDirectory: Bool) -> Bool? {
        let relative: [Substring]
        if baseParts.isEmpty {
            relative = path
        } else {
            guard path.count > baseParts.count, path.starts(with: baseParts) else { return nil }
            relative = Array(path.dropFirst(baseParts.count))
        }
        for rule in rules.reversed() {
            if rule.directoryOnly && !isDirectory { continue }
            if rule.glob.matches(relative) { return !rule.negated }
        }
        return nil
    }
}

/// Folders skipped outside git repositories, whatever any .gitignore says: version-control
/// data, dependency caches and build output, which are large and never what one searches.
enum DefaultIgnores {
    static let folders: Set<String> = [
        ".git", ".hg", ".svn", ".jj", "node_modules", ".build", ".swiftpm", "target", "__pycache__",
        ".venv", "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".gradle",
        ".next", ".nuxt", ".cache", ".terraform", "DerivedData", "Pods", ".eggs", "bower_components",
    ]
}

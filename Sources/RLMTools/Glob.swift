/// Glob patterns over "/"-separated relative paths, as find_files, grep's `glob` filter and
/// .gitignore files use them:
///
/// - `*` any run of characters within one path component, `?` one character,
///   `[abc]`, `[a-z]`, `[!a-z]` (or `[^a-z]`) one character from (not from) a set;
/// - `**` as a whole component: any number of components, none included;
/// - `{a,b}` alternatives (`*.{js,ts}`); `\` escapes the next character.
///
/// A leading dot is matched by `*` like any character (gitignore's rule, not the shell's).
struct Glob: Sendable {
    let source: String
    /// One component list per brace alternative.
    private let alternatives: [[Component]]

    /// Whether the pattern has a "/" (other than a trailing one): it then matches whole
    /// relative paths, else only the last component (a file name).
    let matchesPaths: Bool

    enum Component: Sendable {
        /// `**`
        case anyDepth
        /// A component with no wildcards, compared as a string.
        case literal(String)
        /// `*` followed by wildcard-free text (`*.swift`), compared as a suffix.
        case suffix(String)
        case pattern([Token])
    }

    enum Token: Sendable {
        case literal(Unicode.Scalar)
        case one
        case star
        case set([ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    /// Alternatives one pattern may expand to through braces.
    static let maxAlternatives = 256

    init(_ pattern: String) throws {
        source = pattern
        var trimmed = pattern
        while trimmed.hasSuffix("/") && trimmed.count > 1 { trimmed.removeLast() }
        matchesPaths = trimmed.contains("/")
        let expanded = try Glob.expandBraces(Array(trimmed.unicodeScalars))
        alternatives = try expanded.map { try Glob.components($0) }
    }

    /// Whether the glob matches a relative path given as components.
    func matches(_ components: [Substring]) -> Bool {
        alternatives.contains { Glob.match($0, 0, components, 0) }
    }

    func matches(_ path: String) -> Bool {
        matches(path.split(separator: "/", omittingEmptySubsequences: true))
    }

    /// Matches a single file name (for patterns without "/").
    func matchesName(_ name: Substring) -> Bool {
        alternatives.contains { $0.count == 1 ? Glob.matchComponent($0[0], name) : Glob.match($0, 0, [name], 0) }
    }

    private static func match(_ pattern: [Component], _ p: Int, _ path: [Substring], _ s: Int) -> Bool {
        if p == pattern.count { return s == path.count }
        if case .anyDepth = pattern[p] {
            if p + 1 == pattern.count { return true }
            var k = s
            while k <= path.count {
                if match(pattern, p + 1, path, k) { return true }
                k += 1
            }
            return false
        }
        guard s < path.count, matchComponent(pattern[p], path[s]) else { return false }
        return match(pattern, p + 1, path, s + 1)
    }

    private static func matchComponent(_ component: Component, _ text: Substring) -> Bool {
        switch component {
        case .anyDepth: return true
        case .literal(let s): return text == s
        case .suffix(let s): return text.hasSuffix(s)
        case .pattern(let tokens): return matchTokens(tokens, Array(text.unicodeScalars))
        }
    }

    /// Wildcard matching with single-star backtracking (linear in practice).
    private static func matchTokens(_ tokens: [Token], _ text: [Unicode.Scalar]) -> Bool {
        var t = 0, s = 0
        var starToken = -1, starText = 0
        while s < text.count {
            if t < tokens.count {
                switch tokens[t] {
                case .star:
                    starToken = t
                    starText = s
                    t += 1
                    continue
                case .one:
                    t += 1; s += 1
                    continue
                case .literal(let c) where c == text[s]:
                    t += 1; s += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(text[s]) } != negated:
                    t += 1; s += 1
                    continue
                default:
                    break
                }
            }
            guard starToken >= 0 else { return false }
            t = starToken + 1
            starText += 1
            s = starText
        }
        while t < tokens.count, case .star = tokens[t] { t += 1 }
        return t == tokens.count
    }

    // MARK: Parsing

    private static func components(_ scalars: [Unicode.Scalar]) throws -> [Component] {
        var out: [Component] = []
        var current: [Unicode.Scalar] = []
        func flush() throws {
            defer { current = [] }
            if current.isEmpty { return }
            if current == ["*", "*"] {
                if case .anyDepth = out.last {} else { out.append(.anyDepth) }
                return
            }
            out.append(try component(current))
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\" && i + 1 < scalars.count {
                current.append(c)
                current.append(scalars[i + 1])
                i += 2
                continue
            }
            if c == "/" { try flush() } else { current.append(c) }
            i += 1
        }
        try flush()
        return out
    }

    private static func component(_ scalars: [Unicode.Scalar]) throws -> Component {
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\\":
                tokens.append(.literal(i + 1 < scalars.count ? scalars[i + 1] : "\\"))
                i += 2
                continue
            case "*":
                // `**` inside a component is just `*`.
                if case .star = tokens.last {} else { tokens.append(.star) }
            case "?":
                tokens.append(.one)
            case "[":
                if let (set, next) = parseSet(scalars, from: i + 1) {
                    tokens.append(set)
                    i = next
                    continue
                }
                tokens.append(.literal("["))
            default:
                tokens.append(.literal(c))
            }
            i += 1
        }
        func literalText(_ ts: ArraySlice<Token>) -> String? {
            var s = String.UnicodeScalarView()
            for t in ts {
                guard case .literal(let c) = t else { return nil }
                s.append(c)
            }
            return String(s)
        }
        if let text = literalText(tokens[...]) { return .literal(text) }
        if case .star = tokens.first, let text = literalText(tokens.dropFirst()) { return .suffix(text) }
        return .pattern(tokens)
    }

    /// `[...]` starting after the bracket: the set token and the index after `]`, or nil when
    /// the bracket is never closed (then it is a literal "[").
    private static func parseSet(_ s: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
        var i = start
        var negated = false
        if i < s.count && (s[i] == "!" || s[i] == "^") { negated = true; i += 1 }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while i < s.count {
            var c = s[i]
            if c == "]" && !first { return (.set(ranges, negated: negated), i + 1) }
            first = false
            if c == "\\" && i + 1 < s.count { i += 1; c = s[i] }
            if i + 2 < s.count && s[i + 1] == "-" && s[i + 2] != "]" {
                let upper = s[i + 2]
                ranges.append(c <= upper ? c...upper : upper...c)
                i += 3
            } else {
                ranges.append(c...c)
                i += 1
            }
        }
        return nil
    }

    /// Expands `{a,b}` groups (nested ones too) into separate patterns.
    private static func expandBraces(_ s: [Unicode.Scalar]) throws -> [[Unicode.Scalar]] {
        var depth = 0
        var open = -1
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\\": i += 1
            case "{":
                if depth == 0 { open = i }
                depth += 1
            case "}" where depth > 0:
                depth -= 1
                if depth == 0 {
                    let inner = Array(s[(open + 1)..<i])
                    let options = splitTopLevelCommas(inner)
                    guard options.count > 1 else { break }
                    let head = Array(s[..<open]), tail = Array(s[(i + 1)...])
                    var out: [[Unicode.Scalar]] = []
                    for option in options {
                        for expanded in try expandBraces(head + option + tail) {
                            out.append(expanded)
                            if out.count > maxAlternatives {
                                throw ToolError.invalid("glob \(String(String.UnicodeScalarView(s))) expands to more than \(maxAlternatives) alternatives")
                            }
                        }
                    }
                    return out
                }
            default: break
            }
            i += 1
        }
        return [s]
    }

    private static func splitTopLevelCommas(_ s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var parts: [[Unicode.Scalar]] = [[]]
        var depth = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\" && i + 1 < s.count {
                parts[parts.count - 1].append(c)
                parts[parts.count - 1].append(s[i + 1])
                i += 2
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == "," && depth == 0 { parts.append([]) } else { parts[parts.count - 1].append(c) }
            i += 1
        }
        return parts
    }
}

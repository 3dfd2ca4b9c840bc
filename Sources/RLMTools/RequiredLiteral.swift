import Foundation

/// A piece of literal text that every match of a pattern must contain ("Exception(" in
/// `\w+Exception\(`). grep looks for it with memchr/memcmp and runs the regular expression
/// only on the lines that contain it, which is what makes patterns that start with a class
/// (`\w+`, `[A-Z]+`) fast: PCRE2 alone would try the class at every byte.
///
/// The extraction is deliberately conservative: it reads the top level of the pattern only,
/// gives up on alternation (`|`) and inline flags, and treats groups, classes, escapes other
/// than escaped punctuation, and anything quantified as breaks between literal runs.
struct RequiredLiteral: Sendable {
    let bytes: [UInt8]
    /// The byte of `bytes` searched with memchr (the one least common in text), and where.
    let anchorOffset: Int
    /// A second byte checked before comparing the whole literal (the next least common).
    let checkOffset: Int

    /// Shortest literal worth searching for.
    static let minimumLength = 3

    init?(pattern: String) {
        guard let runs = RequiredLiteral.literalRuns(Array(pattern.unicodeScalars)),
              let longest = runs.max(by: { $0.utf8.count < $1.utf8.count }),
              longest.utf8.count >= RequiredLiteral.minimumLength else { return nil }
        let text = Array(longest.utf8)
        bytes = text
        let byRarity = text.indices.sorted { RequiredLiteral.rank(text[$0]) < RequiredLiteral.rank(text[$1]) }
        anchorOffset = byRarity[0]
        // Prefer a check byte that differs from the anchor byte: it filters more.
        checkOffset = byRarity.dropFirst().first { text[$0] != text[byRarity[0]] } ?? byRarity[1]
    }

    /// The literal runs at the top level of the pattern, or nil when none can be trusted.
    private static func literalRuns(_ s: [Unicode.Scalar]) -> [String]? {
        var runs: [String] = []
        var run = String.UnicodeScalarView()
        var i = 0
        func endRun() {
            if !run.isEmpty { runs.append(String(run)) }
            run = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            var literal: Unicode.Scalar?
            var width = 1
            switch c {
            case "|":
                return nil
            case "(":
                if i + 1 < s.count && s[i + 1] == "?" && i + 2 < s.count && s[i + 2] != ":" && s[i + 2] != "P" && s[i + 2] != "<" {
                    return nil   // inline flags or lookaround: too clever to reason about here
                }
                endRun()
                guard let close = matchingParen(s, from: i) else { return nil }
                i = close + 1
                skipQuantifier(s, &i)
                continue
            case "[":
                endRun()
                guard let close = classEnd(s, from: i) else { return nil }
                i = close + 1
                skipQuantifier(s, &i)
                continue
            case "\\":
                guard i + 1 < s.count else { return nil }
                let e = s[i + 1]
                width = 2
                if e.properties.isAlphabetic || e.properties.numericType != nil {
                    literal = nil   // \w, \d, \b, \1, \n... : not literal text we search for
                } else {
                    literal = e     // \( \. \\ \- ...
                }
            case ".", "^", "$":
                literal = nil
            case "{":
                // A valid repeat here has nothing to repeat; a "{" that is not one is literal.
                if isRepeat(s, at: i) { return nil }
                literal = c
            case "*", "+", "?", ")":
                literal = nil
            default:
                literal = c
            }
            // A quantifier after a literal makes it optional (or repeated): it leaves the run.
            let next = i + width
            let quantified = next < s.count && ("*+?".unicodeScalars.contains(s[next]) || isRepeat(s, at: next))
            if let literal, !quantified {
                run.append(literal)
            } else {
                endRun()
                if let literal, next < s.count, s[next] == "+" {
                    run.append(literal)   // x+ still contains one x
                    endRun()
                }
            }
            i = next
            if quantified { skipQuantifier(s, &i) }
        }
        endRun()
        return runs
    }

    private static func skipQuantifier(_ s: [Unicode.Scalar], _ i: inout Int) {
        guard i < s.count else { return }
        if "*+?".unicodeScalars.contains(s[i]) {
            i += 1
        } else if isRepeat(s, at: i), let close = s[i...].firstIndex(of: "}") {
            i = close + 1
        } else {
            return
        }
        if i < s.count && (s[i] == "?" || s[i] == "+") { i += 1 }   // lazy / possessive
    }

    /// Whether `{` at `i` starts a repeat (`{n}`, `{n,}`, `{,m}`, `{n,m}`), as opposed to a
    /// literal brace.
    private static func isRepeat(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count, s[i] == "{" else { return false }
        var j = i + 1
        var digits = 0, commas = 0
        while j < s.count && s[j] != "}" {
            if s[j] == "," { commas += 1 } else if ("0"..."9").contains(s[j]) { digits += 1 } else { return false }
            j += 1
        }
        return j < s.count && commas <= 1 && (digits > 0 || commas == 1)
    }

    private static func matchingParen(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < s.count {
            switch s[i] {
            case "\\": i += 1
            case "[": guard let close = classEnd(s, from: i) else { return nil }; i = close
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    private static func classEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start + 1
        if i < s.count && s[i] == "^" { i += 1 }
        if i < s.count && s[i] == "]" { i += 1 }
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "]" { return i }
            i += 1
        }
        return nil
    }

    /// Rough frequency rank of a byte in source text and prose (lower is rarer), to pick the
    /// byte memchr looks for.
    static func rank(_ b: UInt8) -> Int {
        switch b {
        case 0x20: return 100
        case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"),
             UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "r"): return 90
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return 70
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "_"),
             UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""): return 60
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 50
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 40
        case 0x80...: return 20
        default: return 30
        }
    }

    /// The next offset at or after `from` where the literal starts, or nil.
    func next(in base: UnsafePointer<UInt8>, from: Int, end: Int) -> Int? {
        let n = bytes.count
        let anchor = Int32(bytes[anchorOffset])
        var at = from + anchorOffset
        return bytes.withUnsafeBytes { needle -> Int? in
            while at + (n - anchorOffset) <= end {
                guard let p = memchr(base + at, anchor, end - at - (n - anchorOffset) + 1) else { return nil }
                let hit = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p)) - anchorOffset
                if base[hit + checkOffset] == bytes[checkOffset] && memcmp(base + hit, needle.baseAddress!, n) == 0 {
                    return hit
                }
                at = hit + anchorOffset + 1
            }
            return nil
        }
    }
}

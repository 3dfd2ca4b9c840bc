// Python `re` syntax shared by patterns and replacement templates: CPython's tokenizer (with
// its error positions), the character sets it uses, and sub()'s template parser.

/// One token of the pattern: a character, or a backslash and the character after it.
struct RegexToken: Equatable {
    let c: UInt32
    let escaped: Bool
    var length: Int { escaped ? 2 : 1 }
    var text: String {
        let s = String(Unicode.Scalar(c).map { Character($0) } ?? "\u{FFFD}")
        return escaped ? "\\" + s : s
    }
    func isChar(_ ch: Character) -> Bool { !escaped && c == ch.unicodeScalars.first!.value }
}

/// CPython's re._parser.Tokenizer: `next` is the token after the cursor; positions count code points.
struct RegexTokenizer {
    let source: [UInt32]
    let isText: Bool
    var index = 0
    var next: RegexToken? = nil

    init(_ source: [UInt32], isText: Bool) throws {
        self.source = source
        self.isText = isText
        try advance()
    }

    mutating func advance() throws {
        guard index < source.count else { next = nil; return }
        let c = source[index]
        if c == 0x5C {
            guard index + 1 < source.count else {
                throw RegexError("bad escape (end of pattern)", position: source.count - 1)
            }
            next = RegexToken(c: source[index + 1], escaped: true)
            index += 2
        } else {
            next = RegexToken(c: c, escaped: false)
            index += 1
        }
    }

    mutating func match(_ ch: Character) throws -> Bool {
        if let n = next, n.isChar(ch) { try advance(); return true }
        return false
    }

    mutating func get() throws -> RegexToken? {
        let t = next
        try advance()
        return t
    }

    /// Up to `n` unescaped characters satisfying `accept`.
    mutating func getWhile(_ n: Int, _ accept: (UInt32) -> Bool) throws -> [UInt32] {
        var out: [UInt32] = []
        for _ in 0..<n {
            guard let t = next, !t.escaped, accept(t.c) else { break }
            out.append(t.c)
            try advance()
        }
        return out
    }

    mutating func getUntil(_ terminator: Character, _ name: String) throws -> String {
        var result = ""
        var length = 0
        while true {
            let c = next
            try advance()
            guard let c else {
                if length == 0 { throw error("missing " + name) }
                throw error("missing \(terminator), unterminated name", length)
            }
            if c.isChar(terminator) {
                if length == 0 { throw error("missing " + name, 1) }
                break
            }
            result += c.text
            length += c.length
        }
        return result
    }

    var tell: Int { index - (next?.length ?? 0) }

    mutating func seek(_ i: Int) throws {
        index = i
        try advance()
    }

    func error(_ message: String, _ offset: Int = 0) -> RegexError {
        RegexError(message, position: tell - offset)
    }

    func checkGroupName(_ name: String, _ offset: Int) throws {
        if !regexIsIdentifier(name) {
            throw error("bad character in group name \(regexRepr(name))", name.unicodeScalars.count + offset)
        }
    }
}

/// str.isidentifier().
func regexIsIdentifier(_ s: String) -> Bool {
    var first = true
    for u in s.unicodeScalars {
        if first {
            if !(u == "_" || u.properties.isXIDStart) { return false }
            first = false
        } else if !u.properties.isXIDContinue {
            return false
        }
    }
    return !first
}

/// repr() of a str for error messages (quotes chosen like Python's).
func regexRepr(_ s: String) -> String { PyStr.from(s).repr().string }

// MARK: character sets

let regexDigits: Set<UInt32> = Set((0x30...0x39).map { UInt32($0) })
let regexOctDigits: Set<UInt32> = Set((0x30...0x37).map { UInt32($0) })
func regexIsHex(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c) }
func regexIsASCIILetter(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
let regexWhitespace: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
/// Python's literal escapes (\a \b \f \n \r \t \v \\).
let regexLiteralEscapes: [UInt32: UInt32] = [0x61: 7, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5C: 0x5C]


// MARK: replacement templates

/// One piece of a parsed `sub()` template.
enum RegexTemplatePiece {
    case literal([UInt32])
    case group(Int)
}

/// A template problem: re.error with a position, or IndexError for an unknown group name.
enum RegexTemplateError: Error {
    case syntax(RegexError)
    case unknownGroupName(String)
}

enum PythonTemplate {
    /// CPython's parse_template: literals (code points, or byte values for bytes) and group
    /// references, validated against the pattern's groups.
    static func parse(_ source: [UInt32], isText: Bool, groupCount: Int, groupNames: [(String, Int)]) throws -> [RegexTemplatePiece] {
        do {
            return try parseThrowing(source, isText: isText, groupCount: groupCount, groupNames: groupNames)
        } catch let e as RegexError {
            throw RegexTemplateError.syntax(e)
        }
    }

    private static func parseThrowing(_ source: [UInt32], isText: Bool, groupCount: Int, groupNames: [(String, Int)]) throws -> [RegexTemplatePiece] {
        var s = try RegexTokenizer(source, isText: isText)
        var pieces: [RegexTemplatePiece] = []
        var literal: [UInt32] = []
        func addGroup(_ index: Int, _ offset: Int, _ s: RegexTokenizer) throws {
            if index > groupCount { throw s.error("invalid group reference \(index)", offset) }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = [] }
            pieces.append(.group(index))
        }
        while let this = try s.get() {
            guard this.escaped else { literal.append(this.c); continue }
            let c = this.c
            if c == 0x67 { // g
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(">", "group name")
                let index: Int
                if regexIsIdentifier(name) {
                    guard let g = groupNames.first(where: { $0.0 == name })?.1 else {
                        throw RegexTemplateError.unknownGroupName(name)
                    }
                    index = g
                } else {
                    guard !name.isEmpty, name.unicodeScalars.allSatisfy({ regexDigits.contains($0.value) }), let g = Int(name) else {
                        throw s.error("bad character in group name \(regexRepr(name))", name.unicodeScalars.count + 1)
                    }
                    if g >= 1 << 30 { throw s.error("invalid group reference \(g)", name.unicodeScalars.count + 1) }
                    index = g
                }
                try addGroup(index, name.unicodeScalars.count + 1, s)
            } else if c == 0x30 {
                var v = UInt32(0)
                for _ in 0..<2 {
                    guard let n = s.next, !n.escaped, regexOctDigits.contains(n.c) else { break }
                    _ = try s.get()
                    v = v * 8 + (n.c - 0x30)
                }
                literal.append(v & 0xFF)
            } else if regexDigits.contains(c) {
                var text = [c]
                var isOctal = false
                if let n = s.next, !n.escaped, regexDigits.contains(n.c) {
                    _ = try s.get()
                    text.append(n.c)
                    if regexOctDigits.contains(c) && regexOctDigits.contains(n.c),
                       let n2 = s.next, !n2.escaped, regexOctDigits.contains(n2.c) {
                        _ = try s.get()
                        text.append(n2.c)
                        isOctal = true
                        let v = text.reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) }
                        if v > 0o377 {
                            let shown = "\\" + String(text.map { Character(Unicode.Scalar($0)!) })
                            throw s.error("octal escape value \(shown) outside of range 0-0o377", shown.count)
                        }
                        literal.append(v)
                    }
                }
                if !isOctal {
                    let g = text.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    try addGroup(g, text.count, s)
                }
            } else if let lit = regexLiteralEscapes[c] {
                literal.append(lit)
            } else {
                if regexIsASCIILetter(c) { throw s.error("bad escape \(this.text)", this.length) }
                literal.append(0x5C)
                literal.append(c)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}

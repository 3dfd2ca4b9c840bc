// Python's `re` syntax, translated to PCRE2's. The parser follows CPython 3.11's
// re/_parser.py step by step so that the errors (wording and position) are the same, and
// emits an equivalent PCRE2 pattern:
//   * named groups become plain numbered groups (we keep the name table), references
//     become \g{N}, so any Python identifier works as a name;
//   * \Z becomes \z, {,n} becomes {0,n}, \v and other literal escapes become \x{..};
//   * verbose mode and inline flags are applied here (PCRE2 never sees x);
//   * \s gains Python's extra Unicode spaces (\x1c-\x1f, \x85); (?a:...) spells ASCII classes
//     out;
//   * class members are always escaped, so `[[:alpha:]]` stays Python's meaning.

/// The result of translating a Python pattern.
struct TranslatedPattern {
    var pcrePattern: [UInt8] = []
    /// Python's Pattern.flags.
    var flags: RegexFlags = []
    var groupCount = 0
    var groupNames: [(String, Int)] = []
    /// The enclosing capture group of each group (0: none); index 0 is unused.
    var groupParents: [Int] = [0]
    var isBytes = false
    /// For each byte of `pcrePattern`, the pattern position it came from.
    var sourcePositions: [Int] = []
}

private let flagBits: [UInt32: Int] = [
    0x69: 2, 0x4C: 4, 0x6D: 8, 0x73: 16, 0x78: 64, 0x61: 256, 0x74: 1, 0x75: 32,
]
private let typeFlags = 256 | 4 | 32
private let globalFlags = 128 | 1

/// What a parsed escape stands for.
private enum Escape {
    case literal(UInt32)
    case category(UInt32)     // d D s S w W
    case anchor(UInt32)       // A Z b B
    case groupRef(Int)
}

/// The kind of the last item in a sequence, for "nothing to repeat" / "multiple repeat".
private enum ItemKind { case none, anchor, repeatItem, other }

enum PythonRegexDialect {
    static func translate(_ pattern: [UInt32], flags: RegexFlags, isBytes: Bool) throws -> TranslatedPattern {
        var p = try RegexParser(pattern, flags: flags.rawValue, isBytes: isBytes)
        try p.parseSub(verbose: flags.rawValue & 64 != 0, nested: 0)
        // fix_flags
        var final = p.flags
        if !isBytes {
            if final & 4 != 0 { throw RegexError("cannot use LOCALE flag with a str pattern", position: nil, kind: .value) }
            if final & 256 == 0 { final |= 32 } else if final & 32 != 0 {
                throw RegexError("ASCII and UNICODE flags are incompatible", position: nil, kind: .value)
            }
        } else {
            if final & 32 != 0 { throw RegexError("cannot use UNICODE flag with a bytes pattern", position: nil, kind: .value) }
            if final & 4 != 0 && final & 256 != 0 {
                throw RegexError("ASCII and LOCALE flags are incompatible", position: nil, kind: .value)
            }
        }
        if p.tokens.next != nil { throw p.tokens.error("unbalanced parenthesis") }
        for (g, pos) in p.groupRefPositions.sorted(by: { $0.key < $1.key }) where g > p.groupCount {
            throw RegexError("invalid group reference \(g)", position: pos)
        }
        var result = TranslatedPattern()
        result.pcrePattern = p.out
        result.sourcePositions = p.outPositions
        result.flags = RegexFlags(rawValue: final)
        result.groupCount = p.groupCount
        result.groupNames = p.groupNames
        result.groupParents = p.groupParents
        result.isBytes = isBytes
        return result
    }
}

private struct RegexParser {
    var tokens: RegexTokenizer
    var flags: Int
    let isBytes: Bool
    var groupCount = 0
    var groupNames: [(String, Int)] = []
    var closedGroups = Set<Int>()
    var groupParents: [Int] = [0]
    /// Capture groups open around the current position, innermost last.
    var openGroups: [Int] = []
    var lookbehindGroups: Int? = nil
    var groupRefPositions: [Int: Int] = [:]
    var out: [UInt8] = []
    var outPositions: [Int] = []
    /// Depth of (?a:...) scopes (ASCII classes inside a Unicode pattern).
    var asciiScopes = 0

    init(_ pattern: [UInt32], flags: Int, isBytes: Bool) throws {
        tokens = try RegexTokenizer(pattern, isText: !isBytes)
        self.flags = flags
        self.isBytes = isBytes
    }

    // MARK: emission

    mutating func emit(_ s: String, at pos: Int) {
        for b in s.utf8 { out.append(b); outPositions.append(pos) }
    }

    /// A literal character outside a class.
    mutating func emitLiteral(_ c: UInt32, at pos: Int) {
        if c < 0x80 {
            let ch = UInt8(c)
            if isAlnum(ch) { out.append(ch); outPositions.append(pos); return }
            if c >= 0x20 && c < 0x7F { emit("\\" + String(UnicodeScalar(ch)), at: pos); return }
        } else if !isBytes, !(0xD800...0xDFFF).contains(c), let scalar = Unicode.Scalar(c) {
            emit(String(scalar), at: pos)
            return
        }
        emit("\\x{" + String(c, radix: 16) + "}", at: pos)
    }

    /// A literal character inside a class (always escaped unless alphanumeric).
    mutating func emitClassLiteral(_ c: UInt32, at pos: Int) {
        if c < 0x80 && isAlnum(UInt8(c)) { out.append(UInt8(c)); outPositions.append(pos); return }
        emit("\\x{" + String(c, radix: 16) + "}", at: pos)
    }

    private func isAlnum(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }

    /// True when \w etc. must be spelled out as ASCII inside a Unicode (UCP) pattern.
    var asciiOverride: Bool { asciiScopes > 0 && !isBytes && flags & 256 == 0 }

    /// \d \D \s \S \w \W, outside (`inClass` false) or inside a character class.
    mutating func emitCategory(_ letter: UInt32, inClass: Bool, at pos: Int) {
        let ch = Character(Unicode.Scalar(letter)!)
        let lower = Character(ch.lowercased())
        let negated = ch != lower
        if asciiOverride {
            let positive: String
            switch lower {
            case "d": positive = "0-9"
            case "w": positive = "A-Za-z0-9_"
            default: positive = "\\x{9}-\\x{d}\\x{20}"
            }
            if !negated { emit(inClass ? positive : "[" + positive + "]", at: pos); return }
            if !inClass { emit("[^" + positive + "]", at: pos); return }
            // The complement of an ASCII set, spelled as ranges (a class cannot nest a negation).
            let complement: String
            switch lower {
            case "d": complement = "\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}"
            case "w": complement = "\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}"
            default: complement = "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}"
            }
            emit(complement, at: pos)
            return
        }
        let unicode = !isBytes && flags & 256 == 0
        if lower == "s" && unicode {
            // Python's str.isspace() also counts \x1c-\x1f and \x85.
            let extra = "\\s\\x{1c}-\\x{1f}\\x{85}"
            if !negated { emit(inClass ? extra : "[" + extra + "]", at: pos); return }
            if !inClass { emit("[^" + extra + "]", at: pos); return }
        }
        emit("\\" + String(ch), at: pos)
    }

    mutating func emitAnchor(_ letter: UInt32, at pos: Int) {
        switch letter {
        case 0x41: emit("\\A", at: pos)
        case 0x5A: emit("\\z", at: pos)
        case 0x62, 0x42:
            // sre's \B never matches in an empty string; PCRE2's does.
            if letter == 0x42 { emit("(?!\\A\\z)", at: pos) }
            if asciiOverride {
                let w = "[A-Za-z0-9_]"
                emit(letter == 0x62
                     ? "(?:(?<=\(w))(?!\(w))|(?<!\(w))(?=\(w)))"
                     : "(?:(?<=\(w))(?=\(w))|(?<!\(w))(?!\(w)))", at: pos)
            } else {
                emit(letter == 0x62 ? "\\b" : "\\B", at: pos)
            }
        default: break
        }
    }

    // MARK: escapes

    mutating func classEscape(_ escape: RegexToken) throws -> Escape {
        let c = escape.c
        if let lit = regexLiteralEscapes[c] { return .literal(lit) }
        if "dDsSwW".unicodeScalars.contains(where: { $0.value == c }) { return .category(c) }
        return try commonEscape(escape, inClass: true)
    }

    mutating func escape(_ escape: RegexToken) throws -> Escape {
        let c = escape.c
        if "AbBZ".unicodeScalars.contains(where: { $0.value == c }) { return .anchor(c) }
        if "dDsSwW".unicodeScalars.contains(where: { $0.value == c }) { return .category(c) }
        if let lit = regexLiteralEscapes[c] { return .literal(lit) }
        return try commonEscape(escape, inClass: false)
    }

    /// \x \u \U \N, octal, group references and escaped punctuation (_class_escape/_escape).
    private mutating func commonEscape(_ escape: RegexToken, inClass: Bool) throws -> Escape {
        let c = escape.c
        var text = escape.text
        switch c {
        case 0x78: // x
            let h = try tokens.getWhile(2, regexIsHex)
            text += String(h.map { Character(Unicode.Scalar($0)!) })
            if h.count != 2 { throw tokens.error("incomplete escape \(text)", text.count) }
            return .literal(UInt32(String(text.dropFirst(2)), radix: 16)!)
        case 0x75 where tokens.isText, 0x55 where tokens.isText: // u, U
            let n = c == 0x75 ? 4 : 8
            let h = try tokens.getWhile(n, regexIsHex)
            text += String(h.map { Character(Unicode.Scalar($0)!) })
            if h.count != n { throw tokens.error("incomplete escape \(text)", text.count) }
            let v = UInt32(String(text.dropFirst(2)), radix: 16)!
            if v > 0x10FFFF { throw tokens.error("bad escape \(text)", text.count) }
            return .literal(v)
        case 0x4E where tokens.isText: // N{name}
            if !(try tokens.match("{")) { throw tokens.error("missing {") }
            let name = try tokens.getUntil("}", "character name")
            guard let v = unicodeScalar(named: name)?.value else {
                throw tokens.error("undefined character name \(regexRepr(name))", name.unicodeScalars.count + 4)
            }
            return .literal(v)
        default: break
        }
        if inClass {
            if regexOctDigits.contains(c) {
                let more = try tokens.getWhile(2, { regexOctDigits.contains($0) })
                text += String(more.map { Character(Unicode.Scalar($0)!) })
                let v = UInt32(String(text.dropFirst()), radix: 8)!
                if v > 0o377 {
                    throw tokens.error("octal escape value \(text) outside of range 0-0o377", text.count)
                }
                return .literal(v)
            }
            if regexDigits.contains(c) { throw tokens.error("bad escape \(text)", text.count) }
        } else if c == 0x30 {
            let more = try tokens.getWhile(2, { regexOctDigits.contains($0) })
            text += String(more.map { Character(Unicode.Scalar($0)!) })
            return .literal(UInt32(String(text.dropFirst()), radix: 8)!)
        } else if regexDigits.contains(c) {
            if let n = tokens.next, !n.escaped, regexDigits.contains(n.c) {
                _ = try tokens.get()
                text += String(Character(Unicode.Scalar(n.c)!))
                let scalars = Array(text.unicodeScalars)
                if regexOctDigits.contains(scalars[1].value) && regexOctDigits.contains(scalars[2].value),
                   let n2 = tokens.next, !n2.escaped, regexOctDigits.contains(n2.c) {
                    _ = try tokens.get()
                    text += String(Character(Unicode.Scalar(n2.c)!))
                    let v = UInt32(String(text.dropFirst()), radix: 8)!
                    if v > 0o377 {
                        throw tokens.error("octal escape value \(text) outside of range 0-0o377", text.count)
                    }
                    return .literal(v)
                }
            }
            let group = Int(String(text.dropFirst()))!
            if group <= groupCount {
                if !closedGroups.contains(group) { throw tokens.error("cannot refer to an open group", text.count) }
                try checkLookbehindGroup(group)
                return .groupRef(group)
            }
            throw tokens.error("invalid group reference \(group)", text.count - 1)
        }
        if regexIsASCIILetter(c) || regexDigits.contains(c) {
            throw tokens.error("bad escape \(text)", text.count)
        }
        return .literal(c)
    }

    func checkLookbehindGroup(_ gid: Int) throws {
        if let lb = lookbehindGroups {
            if !closedGroups.contains(gid) { throw tokens.error("cannot refer to an open group") }
            if gid > lb { throw tokens.error("cannot refer to group defined in the same lookbehind subpattern") }
        }
    }

    // MARK: structure

    /// a|b|c
    mutating func parseSub(verbose startVerbose: Bool, nested: Int) throws {
        var verbose = startVerbose
        var first = true
        while true {
            try parse(verbose: verbose, nested: nested + 1, first: nested == 0 && first)
            first = false
            let pos = tokens.tell
            if !(try tokens.match("|")) { break }
            emit("|", at: pos)
            if nested == 0 { verbose = flags & 64 != 0 }
        }
    }

    /// A sequence of items up to `|`, `)` or the end.
    mutating func parse(verbose startVerbose: Bool, nested: Int, first: Bool = false) throws {
        var verbose = startVerbose
        var last = ItemKind.none
        var itemCount = 0
        while true {
            guard let this = tokens.next else { break }
            if this.isChar("|") || this.isChar(")") { break }
            let here0 = tokens.tell
            _ = try tokens.get()
            if verbose {
                if !this.escaped && regexWhitespace.contains(this.c) { continue }
                if this.isChar("#") {
                    while let t = try tokens.get(), !t.isChar("\n") {}
                    continue
                }
            }
            if this.escaped {
                switch try escape(this) {
                case .literal(let c): emitLiteral(c, at: here0); last = .other
                case .category(let c): emitCategory(c, inClass: false, at: here0); last = .other
                case .anchor(let c): emitAnchor(c, at: here0); last = .anchor
                case .groupRef(let g): emit("\\g{\(g)}", at: here0); last = .other
                }
                itemCount += 1
                continue
            }
            switch Character(Unicode.Scalar(this.c)!) {
            case "[":
                try parseClass(start: here0)
                last = .other
            case "*", "+", "?", "{":
                let here = tokens.tell
                var minText = "", maxText = ""
                var quantifier: String
                switch this.c {
                case 0x2A: quantifier = "*"
                case 0x2B: quantifier = "+"
                case 0x3F: quantifier = "?"
                default:
                    if let n = tokens.next, n.isChar("}") {
                        emitLiteral(this.c, at: here0)
                        last = .other
                        itemCount += 1
                        continue
                    }
                    minText = String(try tokens.getWhile(Int.max, { regexDigits.contains($0) }).map { Character(Unicode.Scalar($0)!) })
                    var hasComma = false
                    if try tokens.match(",") {
                        hasComma = true
                        maxText = String(try tokens.getWhile(Int.max, { regexDigits.contains($0) }).map { Character(Unicode.Scalar($0)!) })
                    } else {
                        maxText = minText
                    }
                    if !(try tokens.match("}")) {
                        emitLiteral(this.c, at: here0)
                        last = .other
                        itemCount += 1
                        try tokens.seek(here)
                        continue
                    }
                    let maxRepeat = 4294967295
                    var lo = 0
                    if !minText.isEmpty {
                        guard let v = Int(minText), v < maxRepeat else {
                            throw RegexError("the repetition number is too large", position: nil, kind: .overflow)
                        }
                        lo = v
                    }
                    if !maxText.isEmpty {
                        guard let v = Int(maxText), v < maxRepeat else {
                            throw RegexError("the repetition number is too large", position: nil, kind: .overflow)
                        }
                        if v < lo { throw tokens.error("min repeat greater than max repeat", tokens.tell - here) }
                        quantifier = hasComma ? "{\(lo),\(v)}" : "{\(lo)}"
                    } else {
                        quantifier = "{\(lo),}"
                    }
                }
                if last == .none || last == .anchor {
                    throw tokens.error("nothing to repeat", tokens.tell - here + this.length)
                }
                if last == .repeatItem {
                    throw tokens.error("multiple repeat", tokens.tell - here + this.length)
                }
                let qpos = here0
                if try tokens.match("?") { quantifier += "?" } else if try tokens.match("+") { quantifier += "+" }
                emit(quantifier, at: qpos)
                last = .repeatItem
                continue
            case ".":
                emit(".", at: here0)
                last = .other
            case "(":
                let emitted = try parseGroup(start: here0, verbose: &verbose, nested: nested,
                                             first: first, sequenceEmpty: itemCount == 0)
                if !emitted { continue }
                last = .other
            case "^":
                emit("^", at: here0)
                last = .anchor
            case "$":
                emit("$", at: here0)
                last = .anchor
            default:
                emitLiteral(this.c, at: here0)
                last = .other
            }
            itemCount += 1
        }
    }

    /// `[...]`, the opening bracket already consumed.
    mutating func parseClass(start here: Int) throws {
        emit("[", at: here)
        var setCount = 0
        if try tokens.match("^") { emit("^", at: here) }
        while true {
            guard let this = try tokens.get() else {
                throw tokens.error("unterminated character set", tokens.tell - here)
            }
            let pos = tokens.tell - this.length
            if this.isChar("]") && setCount > 0 { break }
            let code1: Escape = this.escaped ? try classEscape(this) : .literal(this.c)
            if try tokens.match("-") {
                guard let that = try tokens.get() else {
                    throw tokens.error("unterminated character set", tokens.tell - here)
                }
                if that.isChar("]") {
                    emitClassMember(code1, at: pos)
                    emitClassLiteral(0x2D, at: pos)
                    setCount += 2
                    break
                }
                let code2: Escape = that.escaped ? try classEscape(that) : .literal(that.c)
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    throw tokens.error("bad character range \(this.text)-\(that.text)", this.length + 1 + that.length)
                }
                emitClassLiteral(lo, at: pos)
                emit("-", at: pos)
                emitClassLiteral(hi, at: pos)
            } else {
                emitClassMember(code1, at: pos)
            }
            setCount += 1
        }
        emit("]", at: here)
    }

    mutating func emitClassMember(_ e: Escape, at pos: Int) {
        switch e {
        case .literal(let c): emitClassLiteral(c, at: pos)
        case .category(let c): emitCategory(c, inClass: true, at: pos)
        default: break
        }
    }

    /// `(...)` in all its forms, the parenthesis consumed. Returns false when it produced no
    /// item (comments, global flags).
    mutating func parseGroup(start: Int, verbose: inout Bool, nested: Int, first: Bool, sequenceEmpty: Bool) throws -> Bool {
        var capture = true
        var atomic = false
        var name: String? = nil
        var addFlags = 0
        var delFlags = 0
        if try tokens.match("?") {
            guard let char = try tokens.get() else { throw tokens.error("unexpected end of pattern") }
            if char.isChar("P") {
                if try tokens.match("<") {
                    let n = try tokens.getUntil(">", "group name")
                    try tokens.checkGroupName(n, 1)
                    name = n
                } else if try tokens.match("=") {
                    let n = try tokens.getUntil(")", "group name")
                    try tokens.checkGroupName(n, 1)
                    guard let gid = groupNames.first(where: { $0.0 == n })?.1 else {
                        throw tokens.error("unknown group name \(regexRepr(n))", n.unicodeScalars.count + 1)
                    }
                    if !closedGroups.contains(gid) {
                        throw tokens.error("cannot refer to an open group", n.unicodeScalars.count + 1)
                    }
                    try checkLookbehindGroup(gid)
                    emit("\\g{\(gid)}", at: start)
                    return true
                } else {
                    guard let c = try tokens.get() else { throw tokens.error("unexpected end of pattern") }
                    throw tokens.error("unknown extension ?P" + c.text, c.length + 2)
                }
            } else if char.isChar(":") {
                capture = false
            } else if char.isChar("#") {
                while true {
                    if tokens.next == nil {
                        throw tokens.error("missing ), unterminated comment", tokens.tell - start)
                    }
                    if let t = try tokens.get(), t.isChar(")") { break }
                }
                return false
            } else if char.isChar("=") || char.isChar("!") || char.isChar("<") {
                var kind = char
                var behind = false
                var savedLookbehind: Int?? = nil
                if char.isChar("<") {
                    guard let c2 = try tokens.get() else { throw tokens.error("unexpected end of pattern") }
                    if !(c2.isChar("=") || c2.isChar("!")) {
                        throw tokens.error("unknown extension ?<" + c2.text, c2.length + 2)
                    }
                    kind = c2
                    behind = true
                    savedLookbehind = .some(lookbehindGroups)
                    if lookbehindGroups == nil { lookbehindGroups = groupCount }
                }
                emit(behind ? (kind.isChar("=") ? "(?<=" : "(?<!") : (kind.isChar("=") ? "(?=" : "(?!"), at: start)
                try parseSub(verbose: verbose, nested: nested + 1)
                if behind, case .some(nil) = savedLookbehind { lookbehindGroups = nil }
                if !(try tokens.match(")")) {
                    throw tokens.error("missing ), unterminated subpattern", tokens.tell - start)
                }
                emit(")", at: start)
                return true
            } else if char.isChar("(") {
                let condName = try tokens.getUntil(")", "group name")
                let condGroup: Int
                if regexIsIdentifier(condName) {
                    guard let g = groupNames.first(where: { $0.0 == condName })?.1 else {
                        throw tokens.error("unknown group name \(regexRepr(condName))", condName.unicodeScalars.count + 1)
                    }
                    condGroup = g
                } else {
                    guard !condName.isEmpty, condName.unicodeScalars.allSatisfy({ regexDigits.contains($0.value) }),
                          let g = Int(condName) else {
                        throw tokens.error("bad character in group name \(regexRepr(condName))", condName.unicodeScalars.count + 1)
                    }
                    if g == 0 { throw tokens.error("bad group number", condName.unicodeScalars.count + 1) }
                    if g >= 1 << 30 {
                        throw tokens.error("invalid group reference \(g)", condName.unicodeScalars.count + 1)
                    }
                    if groupRefPositions[g] == nil {
                        groupRefPositions[g] = tokens.tell - condName.unicodeScalars.count - 1
                    }
                    condGroup = g
                }
                try checkLookbehindGroup(condGroup)
                emit("(?(\(condGroup))", at: start)
                try parse(verbose: verbose, nested: nested + 1)
                let pipePos = tokens.tell
                if try tokens.match("|") {
                    emit("|", at: pipePos)
                    try parse(verbose: verbose, nested: nested + 1)
                    if let n = tokens.next, n.isChar("|") {
                        throw tokens.error("conditional backref with more than two branches")
                    }
                }
                if !(try tokens.match(")")) {
                    throw tokens.error("missing ), unterminated subpattern", tokens.tell - start)
                }
                emit(")", at: start)
                return true
            } else if char.isChar(">") {
                capture = false
                atomic = true
            } else if !char.escaped && (flagBits[char.c] != nil || char.c == 0x2D) {
                guard let (add, del) = try parseFlags(char) else {
                    if !first || !sequenceEmpty {
                        throw tokens.error("global flags not at the start of the expression", tokens.tell - start)
                    }
                    verbose = flags & 64 != 0
                    return false
                }
                addFlags = add
                delFlags = del
                capture = false
            } else {
                throw tokens.error("unknown extension ?" + char.text, char.length + 1)
            }
        }
        var group = 0
        if capture {
            group = groupCount + 1
            if let name {
                if let old = groupNames.first(where: { $0.0 == name })?.1 {
                    throw tokens.error("redefinition of group name \(regexRepr(name)) as group \(group); was group \(old)",
                                       name.unicodeScalars.count + 1)
                }
                groupNames.append((name, group))
            }
            groupCount = group
            groupParents.append(openGroups.last ?? 0)
            emit("(", at: start)
        } else if atomic {
            emit("(?>", at: start)
        } else {
            var spec = ""
            for (bit, letter) in [(2, "i"), (8, "m"), (16, "s")] where addFlags & bit != 0 { spec += letter }
            var off = ""
            for (bit, letter) in [(2, "i"), (8, "m"), (16, "s")] where delFlags & bit != 0 { off += letter }
            if !off.isEmpty { spec += "-" + off }
            emit("(?" + spec + ":", at: start)
        }
        let subVerbose = (verbose || addFlags & 64 != 0) && delFlags & 64 == 0
        let ascii = addFlags & 256 != 0
        if ascii { asciiScopes += 1 }
        if capture { openGroups.append(group) }
        try parseSub(verbose: subVerbose, nested: nested + 1)
        if capture { openGroups.removeLast() }
        if ascii { asciiScopes -= 1 }
        if !(try tokens.match(")")) {
            throw tokens.error("missing ), unterminated subpattern", tokens.tell - start)
        }
        if capture { closedGroups.insert(group) }
        emit(")", at: start)
        return true
    }

    /// `(?flags)` or `(?flags-flags:`; nil for global flags (already merged into `flags`).
    mutating func parseFlags(_ first: RegexToken) throws -> (Int, Int)? {
        var char: RegexToken? = first
        var add = 0
        var del = 0
        if !first.isChar("-") {
            while true {
                let c = char!
                let flag = flagBits[c.c]!
                if tokens.isText {
                    if c.c == 0x4C { throw tokens.error("bad inline flags: cannot use 'L' flag with a str pattern") }
                } else if c.c == 0x75 {
                    throw tokens.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                }
                add |= flag
                if flag & typeFlags != 0 && add & typeFlags != flag {
                    throw tokens.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try tokens.get()
                guard let n = char else { throw tokens.error("missing -, : or )") }
                if n.isChar(")") || n.isChar("-") || n.isChar(":") { break }
                if n.escaped || flagBits[n.c] == nil {
                    let alpha = !n.escaped && Unicode.Scalar(n.c).map { $0.properties.isAlphabetic } == true
                    throw tokens.error(alpha ? "unknown flag" : "missing -, : or )", n.length)
                }
            }
        }
        if char!.isChar(")") {
            flags |= add
            return nil
        }
        if add & globalFlags != 0 { throw tokens.error("bad inline flags: cannot turn on global flag", 1) }
        if char!.isChar("-") {
            char = try tokens.get()
            guard let c = char else { throw tokens.error("missing flag") }
            if c.escaped || flagBits[c.c] == nil {
                let alpha = !c.escaped && Unicode.Scalar(c.c).map { $0.properties.isAlphabetic } == true
                throw tokens.error(alpha ? "unknown flag" : "missing flag", c.length)
            }
            while true {
                let flag = flagBits[char!.c]!
                if flag & typeFlags != 0 {
                    throw tokens.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                del |= flag
                char = try tokens.get()
                guard let n = char else { throw tokens.error("missing :") }
                if n.isChar(":") { break }
                if n.escaped || flagBits[n.c] == nil {
                    let alpha = !n.escaped && Unicode.Scalar(n.c).map { $0.properties.isAlphabetic } == true
                    throw tokens.error(alpha ? "unknown flag" : "missing :", n.length)
                }
            }
        }
        if del & globalFlags != 0 { throw tokens.error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw tokens.error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }
}

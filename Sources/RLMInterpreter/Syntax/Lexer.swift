// The tokenizer: CPython 3.11's tokenizer rules (indentation stack, implicit line joining
// inside brackets, backslash continuation) over an array of Unicode scalars.
// Strings are only delimited here; the parser decodes them (see StringLiteral.swift).

/// CPython's MAXLEVEL: more nested brackets than this is "too many nested parentheses".
let maximumBracketNesting = 200
/// CPython's MAXINDENT.
let maximumIndentationLevels = 100

struct LexResult {
    var tokens: [Token]
    /// The innermost bracket still open at the end of input, for "'(' was never closed".
    var unclosedBracket: (opener: Unicode.Scalar, location: SourceLocation)?
    /// A tokenizer error. The tokens stop there with an `.error` token; the parser reports
    /// this error unless it fails earlier with "unexpected indent", as CPython's does.
    var error: SyntaxError?
    /// CPython's tokenizer reports some errors only when the parser asks for the bad token
    /// (inconsistent dedent, tabs, a character after '\', stray '$'), so an earlier parser
    /// error wins over them; the other tokenizer errors win over any parser error.
    var errorIsDeferred = false
}

// Hot state is @exclusivity(unchecked): an instance is used by one thread, without
// overlapping accesses, and the runtime checks would cost on every token.
final class Lexer {
    let source: SourceText
    let scalars: [Unicode.Scalar]
    let count: Int
    @exclusivity(unchecked) var pos = 0
    @exclusivity(unchecked) var line = 1
    @exclusivity(unchecked) var lineStart = 0
    @exclusivity(unchecked) var tokens: [Token] = []
    @exclusivity(unchecked) var indents: [Int] = [0]
    /// Indentation measured with tabs as one column: CPython compares both measures to
    /// detect "inconsistent use of tabs and spaces".
    @exclusivity(unchecked) var altIndents: [Int] = [0]
    @exclusivity(unchecked) var brackets: [(opener: Unicode.Scalar, location: SourceLocation)] = []
    @exclusivity(unchecked) var atLineStart = true
    /// Start of a comment ending the current line, if any.
    @exclusivity(unchecked) var commentStart: Int? = nil
    /// 1 when lexing an f-string field: CPython compiles the field as if it were wrapped
    /// in parentheses, so newlines and indentation inside it are ignored.
    let baseLevel: Int

    /// Lexes the whole source, or with `fieldRange` just one f-string field's text.
    init(_ source: SourceText, fieldRange: Range<Int>? = nil) {
        self.source = source
        self.scalars = source.scalars
        if let range = fieldRange {
            count = range.upperBound
            pos = range.lowerBound
            line = source.line(ofOffset: pos)
            lineStart = source.lineStarts[line - 1]
            baseLevel = 1
            atLineStart = false
            brackets = [("(", SourceLocation(line: line, column: pos - lineStart + 1))]
        } else {
            count = source.scalars.count
            baseLevel = 0
        }
        tokens.reserveCapacity((count - pos) / 3 + 16)
    }

    // MARK: - Errors

    func location(_ offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: offset - lineStart + 1)
    }

    /// An error pointing at the scalar at `offset` on the current line.
    func error(_ message: String, at offset: Int, kind: String = "SyntaxError") -> SyntaxError {
        source.error(message, at: location(offset), kind: kind)
    }

    // MARK: - Driver

    /// Tokenizes everything. A tokenizer error ends the token list (see LexResult.error).
    func tokenize() -> LexResult {
        do {
            try tokenizeLines()
        } catch let error as SyntaxError {
            emit(.error, at: location(min(pos, count)), offset: pos)
            emit(.endMarker, at: location(min(pos, count)), offset: pos)
            let deferred = error.kind != "SyntaxError"
                || ["invalid syntax", "unexpected character after line continuation character",
                    "unexpected EOF while parsing"].contains(error.message)
            return LexResult(tokens: tokens, unclosedBracket: nil, error: error, errorIsDeferred: deferred)
        } catch {
            fatalError("the lexer throws only SyntaxError")
        }
        return finish()
    }

    func tokenizeLines() throws {
        while true {
            if atLineStart {
                atLineStart = false
                if brackets.isEmpty, try handleIndentation() { continue }
            }
            skipSpaces()
            guard pos < count else { break }
            let c = scalars[pos]
            switch c {
            case "#":
                // CPython's NEWLINE token after a comment starts at the '#'.
                commentStart = pos
                while pos < count && scalars[pos] != "\n" { pos += 1 }
            case "\n":
                if brackets.isEmpty {
                    emit(.newline, from: commentStart ?? pos, to: pos + 1)
                    atLineStart = true
                }
                commentStart = nil
                pos += 1
                startNewLine()
            case "\\":
                try lexContinuation()
            default:
                try lexToken(c)
            }
        }
    }

    func startNewLine() {
        line += 1
        lineStart = pos
    }

    func skipSpaces() {
        while pos < count {
            let c = scalars[pos]
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1 } else { break }
        }
    }

    func emit(_ kind: TokenKind, from start: Int, to end: Int) {
        tokens.append(Token(kind: kind, start: location(start), startOffset: start, endOffset: end,
                            level: brackets.count))
    }

    func emit(_ kind: TokenKind, at location: SourceLocation, offset: Int) {
        tokens.append(Token(kind: kind, start: location, startOffset: offset, endOffset: offset,
                            level: brackets.count))
    }

    /// End of input: close the last logical line and every open block, as CPython does.
    /// An open bracket is not an error here; the parser reports it when it reaches the end.
    func finish() -> LexResult {
        var unclosed: (Unicode.Scalar, SourceLocation)? = nil
        if brackets.count > baseLevel, let last = brackets.last {
            unclosed = (last.opener, last.location)
        } else if baseLevel > 0 {
            // An f-string field: no logical lines to close.
        } else if let last = tokens.last, !last.isNewline, !isDedentOrIndent(last) {
            emit(.newline, from: commentStart ?? pos, to: pos)
        }
        // Tokens at the end of input point at the last newline, where CPython reports
        // "expected an indented block" for a file ending after a colon.
        let endLocation = tokens.last(where: { $0.isNewline })?.start ?? location(pos)
        if unclosed == nil {
            while indents.count > 1 {
                indents.removeLast()
                emit(.dedent, at: endLocation, offset: pos)
            }
        }
        emit(.endMarker, at: unclosed == nil ? endLocation : location(pos), offset: pos)
        return LexResult(tokens: tokens, unclosedBracket: unclosed, error: nil, errorIsDeferred: false)
    }

    func isDedentOrIndent(_ token: Token) -> Bool {
        switch token.kind {
        case .indent, .dedent: return true
        default: return false
        }
    }

    // MARK: - Indentation

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
    /// Returns true when the line is blank or a comment, which Python ignores entirely.
    func handleIndentation() throws -> Bool {
        var column = 0, altColumn = 0
        while pos < count {
            let c = scalars[pos]
            if c == " " {
                column += 1; altColumn += 1
            } else if c == "\t" {
                column = (column / 8 + 1) * 8; altColumn += 1
            } else if c == "\u{0C}" {
                column = 0; altColumn = 0
            } else {
                break
            }
            pos += 1
        }
        if pos >= count { return true }
        if scalars[pos] == "#" || scalars[pos] == "\n" {
            while pos < count && scalars[pos] != "\n" { pos += 1 }
            if pos < count {
                pos += 1
                startNewLine()
                atLineStart = true
            }
            return true
        }
        let indentChars = pos - lineStart
        let top = indents[indents.count - 1], altTop = altIndents[altIndents.count - 1]
        if column == top {
            if altColumn != altTop { throw tabError() }
        } else if column > top {
            if indents.count >= maximumIndentationLevels {
                throw error("too many levels of indentation", at: pos, kind: "IndentationError")
            }
            if altColumn <= altTop { throw tabError() }
            indents.append(column)
            altIndents.append(altColumn)
            emit(.indent, at: SourceLocation(line: line, column: max(1, indentChars)), offset: pos)
        } else {
            // Check before emitting any DEDENT, so the parser meets the error first.
            guard let level = indents.lastIndex(where: { $0 <= column }), indents[level] == column else {
                var end = pos
                while end < count && scalars[end] != "\n" { end += 1 }
                throw error("unindent does not match any outer indentation level", at: end, kind: "IndentationError")
            }
            if altColumn != altIndents[level] { throw tabError() }
            while indents.count > level + 1 {
                indents.removeLast()
                altIndents.removeLast()
                emit(.dedent, at: location(pos), offset: pos)
            }
        }
        return false
    }

    func tabError() -> SyntaxError {
        source.error("inconsistent use of tabs and spaces in indentation",
                     at: SourceLocation(line: line, column: 1), kind: "TabError")
    }

    func lexContinuation() throws {
        let next = pos + 1
        // At the end of input inside brackets, the open bracket is the error CPython reports.
        let atEnd = next >= count || (scalars[next] == "\n" && next + 1 >= count)
        if atEnd && brackets.count > baseLevel {
            pos = count
            return
        }
        if next < count && scalars[next] == "\n" {
            if next + 1 >= count { throw error("unexpected EOF while parsing", at: next) }
            pos += 2
            startNewLine()
            return
        }
        if next >= count { throw error("unexpected EOF while parsing", at: next) }
        throw error("unexpected character after line continuation character", at: next)
    }

    // MARK: - Tokens

    func lexToken(_ c: Unicode.Scalar) throws {
        let start = pos
        if Lex.isIdentifierStartCandidate(c) {
            try lexNameOrPrefixedString()
            return
        }
        if Lex.isDigit(c) || (c == "." && pos + 1 < count && Lex.isDigit(scalars[pos + 1])) {
            try lexNumber()
            return
        }
        if c == "'" || c == "\"" {
            try lexString(tokenStart: start, isRaw: false, isBytes: false, isFormatted: false)
            return
        }
        if let op = matchOperator(c) {
            pos += op.rawValue.unicodeScalars.count
            try trackBracket(op, at: start)
            emit(.op(op), from: start, to: pos)
            return
        }
        if Lex.isPrintable(c) {
            pos += 1
            emit(.unknown, from: start, to: pos)
            return
        }
        throw error("invalid non-printable character \(Lex.hexCode(c))", at: start)
    }

    func peek(_ k: Int) -> Unicode.Scalar? {
        pos + k < count ? scalars[pos + k] : nil
    }

    /// Longest-match operator lookup; nil for characters that start no operator.
    func matchOperator(_ c: Unicode.Scalar) -> TokenOp? {
        let n1 = peek(1), n2 = peek(2)
        switch c {
        case "(": return .lpar
        case ")": return .rpar
        case "[": return .lsqb
        case "]": return .rsqb
        case "{": return .lbrace
        case "}": return .rbrace
        case ",": return .comma
        case ";": return .semi
        case "~": return .tilde
        case ":": return n1 == "=" ? .colonEqual : .colon
        case ".": return n1 == "." && n2 == "." ? .ellipsis : .dot
        case "+": return n1 == "=" ? .plusEqual : .plus
        case "-": return n1 == "=" ? .minusEqual : n1 == ">" ? .arrow : .minus
        case "*":
            if n1 == "*" { return n2 == "=" ? .doubleStarEqual : .doubleStar }
            return n1 == "=" ? .starEqual : .star
        case "/":
            if n1 == "/" { return n2 == "=" ? .doubleSlashEqual : .doubleSlash }
            return n1 == "=" ? .slashEqual : .slash
        case "%": return n1 == "=" ? .percentEqual : .percent
        case "@": return n1 == "=" ? .atEqual : .at
        case "|": return n1 == "=" ? .vbarEqual : .vbar
        case "&": return n1 == "=" ? .amperEqual : .amper
        case "^": return n1 == "=" ? .circumflexEqual : .circumflex
        case "<":
            if n1 == "<" { return n2 == "=" ? .leftShiftEqual : .leftShift }
            return n1 == "=" ? .lessEqual : .less
        case ">":
            if n1 == ">" { return n2 == "=" ? .rightShiftEqual : .rightShift }
            return n1 == "=" ? .greaterEqual : .greater
        case "=": return n1 == "=" ? .eqEqual : .equal
        case "!": return n1 == "=" ? .notEqual : nil
        default: return nil
        }
    }

    func trackBracket(_ op: TokenOp, at offset: Int) throws {
        switch op {
        case .lpar, .lsqb, .lbrace:
            if brackets.count >= maximumBracketNesting {
                throw error("too many nested parentheses", at: offset)
            }
            brackets.append((scalars[offset], location(offset)))
        case .rpar, .rsqb, .rbrace:
            let closer = scalars[offset]
            guard brackets.count > baseLevel, let open = brackets.popLast() else {
                throw error("unmatched '\(closer)'", at: offset)
            }
            let expected: Unicode.Scalar = open.opener == "(" ? ")" : open.opener == "[" ? "]" : "}"
            if closer != expected {
                var message = "closing parenthesis '\(closer)' does not match opening parenthesis '\(open.opener)'"
                if open.location.line != line { message += " on line \(open.location.line)" }
                throw error(message, at: offset)
            }
        default:
            break
        }
    }

    // MARK: - Names

    func lexNameOrPrefixedString() throws {
        let start = pos
        var hasNonASCII = false
        while pos < count {
            let c = scalars[pos]
            if Lex.isIdentifierChar(c) {
                pos += 1
            } else if c.value >= 128 {
                hasNonASCII = true
                pos += 1
            } else {
                break
            }
        }
        if pos < count && (scalars[pos] == "'" || scalars[pos] == "\""), !hasNonASCII, pos - start <= 2,
           let prefix = stringPrefix(start, pos) {
            try lexString(tokenStart: start, isRaw: prefix.raw, isBytes: prefix.bytes, isFormatted: prefix.formatted)
            return
        }
        if hasNonASCII { try verifyIdentifier(start, pos) }
        let text = source.string(start, pos)
        if let keyword = keyword(text, start) {
            emit(.keyword(keyword), from: start, to: pos)
        } else {
            emit(.name(text), from: start, to: pos)
        }
    }

    func keyword(_ text: String, _ start: Int) -> PyKeyword? {
        let length = pos - start
        guard length >= 2 && length <= 8 else { return nil }
        let first = scalars[start]
        guard (first >= "a" && first <= "y") || first == "T" || first == "F" || first == "N" else { return nil }
        return keywordTable[text]
    }

    /// Python's valid prefixes: r u b f and the two-letter br rb fr rf, in any case.
    func stringPrefix(_ start: Int, _ end: Int) -> (raw: Bool, bytes: Bool, formatted: Bool)? {
        var raw = false, bytes = false, formatted = false, unicode = false
        for i in start..<end {
            switch scalars[i] {
            case "r", "R":
                if raw { return nil }
                raw = true
            case "b", "B":
                if bytes || formatted || unicode { return nil }
                bytes = true
            case "f", "F":
                if bytes || formatted || unicode { return nil }
                formatted = true
            case "u", "U":
                if raw || bytes || formatted || unicode { return nil }
                unicode = true
            default:
                return nil
            }
        }
        return (raw, bytes, formatted)
    }

    /// Python identifiers: XID_Start or "_" then XID_Continue (NFKC normalisation is not applied).
    func verifyIdentifier(_ start: Int, _ end: Int) throws {
        for i in start..<end {
            let c = scalars[i]
            let ok: Bool
            if c.value < 128 {
                ok = i == start ? (Lex.isLetter(c) || c == "_") : Lex.isIdentifierChar(c)
            } else {
                ok = i == start ? c.properties.isXIDStart : c.properties.isXIDContinue
            }
            if !ok {
                if Lex.isPrintable(c) {
                    throw error("invalid character '\(c)' (\(Lex.hexCode(c)))", at: i)
                }
                throw error("invalid non-printable character \(Lex.hexCode(c))", at: i)
            }
        }
    }

    // MARK: - Strings

    /// Finds the end of a string literal whose opening quote is at `pos`.
    func lexString(tokenStart: Int, isRaw: Bool, isBytes: Bool, isFormatted: Bool) throws {
        let quote = scalars[pos]
        let startLocation = location(tokenStart)
        var quoteLength = 1
        if peek(1) == quote && peek(2) == quote {
            quoteLength = 3
        } else if peek(1) == quote {
            // The empty string "".
            pos += 2
            emit(.string(StringToken(isRaw: isRaw, isBytes: isBytes, isFormatted: isFormatted, quoteLength: 1,
                                     bodyStart: pos - 1, bodyEnd: pos - 1)),
                 at: startLocation, offset: tokenStart)
            tokens[tokens.count - 1].endOffset = pos
            return
        }
        pos += quoteLength
        let bodyStart = pos
        while true {
            guard pos < count else {
                throw unterminated(quoteLength, startLocation)
            }
            let c = scalars[pos]
            if c == quote {
                if quoteLength == 1 { break }
                if peek(1) == quote && peek(2) == quote { break }
                pos += 1
            } else if c == "\\" {
                pos += 1
                guard pos < count else { throw unterminated(quoteLength, startLocation) }
                if scalars[pos] == "\n" {
                    pos += 1
                    startNewLine()
                } else {
                    pos += 1
                }
            } else if c == "\n" {
                if quoteLength == 1 { throw unterminated(1, startLocation) }
                pos += 1
                startNewLine()
            } else {
                pos += 1
            }
        }
        let bodyEnd = pos
        pos += quoteLength
        tokens.append(Token(kind: .string(StringToken(isRaw: isRaw, isBytes: isBytes, isFormatted: isFormatted,
                                                      quoteLength: quoteLength, bodyStart: bodyStart, bodyEnd: bodyEnd)),
                            start: startLocation, startOffset: tokenStart, endOffset: pos, level: brackets.count))
    }

    func unterminated(_ quoteLength: Int, _ start: SourceLocation) -> SyntaxError {
        let what = quoteLength == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
        // At the end of input CPython counts the last line that has text, not the empty one after it.
        let detected = pos >= count ? source.line(ofOffset: max(count - 1, 0)) : line
        return source.error("\(what) (detected at line \(detected))", at: start)
    }
}

// MARK: - Character classes

/// Character classes of Python's tokenizer.
enum Lex {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }

    @inline(__always) static func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c) || c == "_"
    }

    /// Characters that may begin a name; non-ASCII ones are verified once the name is complete.
    @inline(__always) static func isIdentifierStartCandidate(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || c == "_" || c.value >= 128
    }

    /// Python's str.isprintable for one character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// "U+00AB": at least four upper-case hex digits, as CPython prints code points.
    static func hexCode(_ c: Unicode.Scalar) -> String {
        var hex = String(c.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "U+" + hex
    }

    /// C's isspace, which CPython uses when trimming around f-string fields.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }
}

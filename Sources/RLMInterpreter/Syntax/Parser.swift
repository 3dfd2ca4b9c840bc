// The parser's entry points and shared machinery: token cursor, error construction,
// the nesting bound, and string-literal atoms. The grammar itself is in
// ParserExpressions.swift, ParserCalls.swift and ParserStatements.swift.
//
// It is a hand-written recursive-descent parser for CPython 3.11's grammar. Where CPython's
// PEG parser finds a specific error message in its second pass (the invalid_* rules), this
// parser checks for the same situations at the point where it gets stuck.

/// Parses a whole program.
public func parseModule(_ source: String) throws -> Module {
    Module(body: try runParser(source) { try $0.parseFile() })
}

/// Parses one expression (a bare tuple is allowed, as in `eval`).
public func parseExpression(_ source: String) throws -> Expr {
    try runParser(source) { try $0.parseEvalInput() }
}

private func runParser<T>(_ source: String, _ body: (Parser) throws -> T) throws -> T {
    let text = SourceText(source)
    if let nul = text.scalars.firstIndex(of: "\0") {
        throw text.error("source code string cannot contain null bytes", at: text.location(ofOffset: nul))
    }
    let lexed = Lexer(text).tokenize()
    let parser = Parser(source: text, tokens: lexed.tokens, unclosedBracket: lexed.unclosedBracket)
    do {
        return try body(parser)
    } catch let error as SyntaxError {
        throw parser.choose(error, lexed)
    }
}

/// Deeper nesting than this (of expressions, or of operator chains that build deep trees)
/// is "too many nested expressions": it keeps both this parser and every later recursive
/// pass over the tree within the stack.
let maximumExpressionDepth = 1000

// Hot state is @exclusivity(unchecked): an instance is used by one thread, without
// overlapping accesses, and the runtime checks would cost on every token.
final class Parser {
    let source: SourceText
    let tokens: [Token]
    let unclosedBracket: (opener: Unicode.Scalar, location: SourceLocation)?
    @exclusivity(unchecked) var pos = 0
    /// The furthest token looked at, which decides whether an unclosed bracket explains an error.
    @exclusivity(unchecked) var furthest = 0
    /// The furthest token looked at outside the checks for specific messages: where CPython
    /// reports a plain "invalid syntax" (the last token its first pass fetched).
    @exclusivity(unchecked) var furthestFirstPass = 0
    @exclusivity(unchecked) var depth = 0
    /// Parsing an f-string field: errors get CPython's "f-string: " prefix.
    @exclusivity(unchecked) var isFStringField = false
    /// Set while looking ahead speculatively: CPython's lookahead rules run without the
    /// invalid_* rules, so no specific message may be raised from inside them.
    @exclusivity(unchecked) var suppressSpecificErrors = false
    /// The parser stopped at an unexpected INDENT or DEDENT token.
    @exclusivity(unchecked) var failedAtUnexpectedIndent = false
    /// An error CPython finds only after parsing (in its symbol table or compiler), so any
    /// syntax error must win over it: reported once the whole input has parsed.
    @exclusivity(unchecked) var lateError: SyntaxError?
    /// An error in a string literal. CPython decodes literals (and parses f-strings) as soon
    /// as its parser matches them, even while trying an alternative, and such an error ends
    /// the parse: it is never just a failed alternative.
    @exclusivity(unchecked) var literalError: SyntaxError?

    init(source: SourceText, tokens: [Token], unclosedBracket: (opener: Unicode.Scalar, location: SourceLocation)?) {
        self.source = source
        self.tokens = tokens
        self.unclosedBracket = unclosedBracket
    }

    // MARK: - Entry points

    func parseFile() throws -> [Stmt] {
        var body: [Stmt] = []
        while true {
            switch current.kind {
            case .endMarker:
                if let late = lateError { throw late }
                return body
            case .newline:
                advance()
            default:
                body.append(contentsOf: try parseStatement())
            }
        }
    }

    func parseEvalInput() throws -> Expr {
        if case .indent = current.kind { advance() }
        let expression = try parseStarExpressionsOrYield()
        while true {
            switch current.kind {
            case .newline, .dedent: advance()
            case .endMarker:
                if let late = lateError { throw late }
                return expression
            default: throw unexpected()
            }
        }
    }

    /// Which error CPython would report when the parser failed with `error`. A tokenizer
    /// error anywhere in the file wins (CPython re-tokenizes the whole source to look for one),
    /// except over "unexpected indent" met before it.
    func choose(_ error: SyntaxError, _ lexed: LexResult) -> SyntaxError {
        guard let tokenizerError = lexed.error else { return preferUnclosedBracket(error) }
        if case .error = tokens[min(furthest, tokens.count - 1)].kind { return tokenizerError }
        return failedAtUnexpectedIndent || lexed.errorIsDeferred ? error : tokenizerError
    }

    /// CPython reports "'(' was never closed" instead of a parser error when it ran into the
    /// end of input with a bracket open, or the error lies past the bracket's line.
    func preferUnclosedBracket(_ error: SyntaxError) -> SyntaxError {
        guard let open = unclosedBracket else { return error }
        let reached = tokens[min(furthest, tokens.count - 1)]
        if reached.isEnd || reached.start.line > open.location.line {
            return source.error("'\(open.opener)' was never closed", at: open.location)
        }
        return error
    }

    // MARK: - Token cursor

    var current: Token { tokens[pos] }

    /// The token at `index`, or the last one (the end marker) past the end; unlike peek,
    /// this does not count as looking ahead.
    func token(at index: Int) -> Token { tokens[min(max(index, 0), tokens.count - 1)] }

    func peek(_ k: Int = 1) -> Token {
        let index = min(pos + k, tokens.count - 1)
        if !suppressSpecificErrors && index > furthestFirstPass { furthestFirstPass = index }
        return tokens[index]
    }

    func advance() {
        if pos < tokens.count - 1 { pos += 1 }
        if pos > furthest { furthest = pos }
        if !suppressSpecificErrors && pos > furthestFirstPass { furthestFirstPass = pos }
    }

    func at(_ op: TokenOp) -> Bool { tokens[pos].isOp(op) }

    func at(_ keyword: PyKeyword) -> Bool { tokens[pos].isKeyword(keyword) }

    func accept(_ op: TokenOp) -> Bool {
        if at(op) { advance(); return true }
        return false
    }

    func accept(_ keyword: PyKeyword) -> Bool {
        if at(keyword) { advance(); return true }
        return false
    }

    func expect(_ op: TokenOp) throws {
        if !accept(op) { throw unexpected() }
    }

    func expectName() throws -> String {
        guard let name = current.nameValue else { throw unexpected() }
        advance()
        return name
    }

    /// True when the current token can begin an expression.
    var atExpressionStart: Bool { startsExpression(current) }

    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .name, .number, .string: return true
        case .op(let op):
            switch op {
            case .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .ellipsis: return true
            default: return false
            }
        case .keyword(let k):
            switch k {
            case .true, .false, .none, .not, .lambda, .await: return true
            default: return false
            }
        default:
            return false
        }
    }

    // MARK: - Errors

    func error(_ message: String, at location: SourceLocation, kind: String = "SyntaxError") -> SyntaxError {
        let text = isFStringField && !message.hasPrefix("f-string") ? "f-string: " + message : message
        return source.error(text, at: location, kind: kind)
    }

    /// The generic error, at the furthest token the grammar looked at.
    func unexpected() -> SyntaxError {
        let token = tokens[max(pos, furthestFirstPass)]
        switch token.kind {
        case .indent:
            if !suppressSpecificErrors { failedAtUnexpectedIndent = true }
            return error("unexpected indent", at: token.start, kind: "IndentationError")
        case .dedent:
            if !suppressSpecificErrors { failedAtUnexpectedIndent = true }
            return error("unexpected unindent", at: token.start, kind: "IndentationError")
        default: return error("invalid syntax", at: token.start)
        }
    }

    /// Counts one level of nesting; callers undo it with `leave()`.
    func enter(_ location: SourceLocation) throws {
        depth += 1
        if depth > maximumExpressionDepth {
            throw error("too many nested expressions", at: location)
        }
    }

    func leave(_ levels: Int = 1) { depth -= levels }

    /// Runs `body` and restores the cursor afterwards; nil if it failed. An error in a string
    /// literal is never just a failed alternative (see `literalError`), so it is rethrown.
    func speculate<T>(_ body: (Parser) throws -> T) throws -> T? {
        let savedPos = pos, savedDepth = depth, savedSuppress = suppressSpecificErrors
        let savedIndentFailure = failedAtUnexpectedIndent
        defer {
            pos = savedPos
            depth = savedDepth
            suppressSpecificErrors = savedSuppress
            failedAtUnexpectedIndent = savedIndentFailure
        }
        do {
            return try body(self)
        } catch {
            try rethrowLiteralError()
            return nil
        }
    }

    /// Rethrows a string-literal error met while trying an alternative.
    func rethrowLiteralError() throws {
        if let fatal = literalError { throw fatal }
    }

    // MARK: - String atoms

    /// Adjacent string literals concatenated into one constant or f-string.
    func parseStrings() throws -> Expr {
        do {
            return try decodeStrings()
        } catch let e as SyntaxError {
            if literalError == nil { literalError = e }
            throw e
        }
    }

    func decodeStrings() throws -> Expr {
        let start = current.start
        var pieces: [(StringToken, Token)] = []
        while case .string(let s) = current.kind {
            pieces.append((s, current))
            advance()
        }
        let anyBytes = pieces.contains { $0.0.isBytes }
        if anyBytes && pieces.contains(where: { !$0.0.isBytes }) {
            throw error("cannot mix bytes and nonbytes literals", at: current.start)
        }
        do {
            if anyBytes {
                var bytes: [UInt8] = []
                for (s, token) in pieces {
                    let body = source.scalars[s.bodyStart..<s.bodyEnd]
                    if body.contains(where: { $0.value >= 128 }) {
                        throw error("bytes can only contain ASCII literal characters", at: token.start)
                    }
                    bytes.append(contentsOf: try decodeBytesLiteral(body, raw: s.isRaw))
                }
                return Expr(.constant(.bytes(bytes)), start)
            }
            if !pieces.contains(where: { $0.0.isFormatted }) {
                var text = ""
                for (s, _) in pieces { text += try plainText(s) }
                return Expr(.constant(.str(text)), start)
            }
            var parts: [FStringPart] = []
            for (s, token) in pieces {
                if s.isFormatted {
                    for part in try parseFString(s, token) { appendPart(part, to: &parts) }
                } else {
                    let text = try plainText(s)
                    if !text.isEmpty { appendPart(.literal(text), to: &parts) }
                }
            }
            return Expr(.fString(parts), start)
        } catch let e as EscapeError {
            throw error(e.message, at: current.start)
        }
    }

    func plainText(_ s: StringToken) throws -> String {
        let body = source.scalars[s.bodyStart..<s.bodyEnd]
        if s.isRaw { return String(String.UnicodeScalarView(body)) }
        return try decodeStringEscapes(body)
    }

    /// Adjacent literal parts merge, as in CPython's JoinedStr.
    func appendPart(_ part: FStringPart, to parts: inout [FStringPart]) {
        if case .literal(let text) = part, let last = parts.last, case .literal(let previous) = last {
            parts[parts.count - 1] = .literal(previous + text)
        } else {
            parts.append(part)
        }
    }

    /// Errors in the f-string's own syntax point after the literal, as CPython's do.
    func parseFString(_ s: StringToken, _ token: Token) throws -> [FStringPart] {
        let source = self.source
        let tokenStart = current.start
        let isField = isFStringField
        var parser = FStringParser(
            scalars: source.scalars, pos: s.bodyStart, end: s.bodyEnd, isRaw: s.isRaw,
            parseField: { range in try parseFStringField(source, range) },
            makeError: { message in
                let text = isField && !message.hasPrefix("f-string") ? "f-string: " + message : message
                return source.error(text, at: tokenStart)
            })
        return try parser.parse(nesting: 0)
    }
}

/// Parses one f-string field's expression text as CPython does: as if parenthesized.
func parseFStringField(_ source: SourceText, _ range: Range<Int>) throws -> Expr {
    let lexed = Lexer(source, fieldRange: range).tokenize()
    if let e = lexed.error { throw e }
    let parser = Parser(source: source, tokens: lexed.tokens, unclosedBracket: nil)
    parser.isFStringField = true
    let expression: Expr
    if parser.at(.yield) {
        expression = try parser.parseYield()
    } else {
        expression = try parser.parseStarExpressions()
    }
    if case .starred = expression.kind {
        throw parser.error("cannot use starred expression here", at: expression.location)
    }
    if !parser.current.isEnd { throw parser.unexpected() }
    if let late = parser.lateError { throw late }
    return expression
}

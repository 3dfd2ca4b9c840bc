// f-string bodies, following CPython 3.11's string_parser.c: the tokenizer delivers an
// f-string as one string token, and this splits its body into literal text and fields.
// Field expressions are handed back to the expression parser (3.11 rules: a field cannot
// contain a backslash, a '#', or the quote that encloses the f-string).

struct FStringParser {
    let scalars: [Unicode.Scalar]
    var pos: Int
    let end: Int
    let isRaw: Bool
    /// Parses the field expression held in a range of `scalars`.
    let parseField: (Range<Int>) throws -> Expr
    /// Builds an error located at the f-string token.
    let makeError: (String) -> SyntaxError

    /// Parses literal text and fields until the end of the body, or (inside a format spec,
    /// `nesting > 0`) until the '}' that closes the spec.
    mutating func parse(nesting: Int) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = ""
        while true {
            let (range, doubledBrace) = try findLiteral(nesting: nesting)
            if !range.isEmpty {
                literal += isRaw ? String(String.UnicodeScalarView(scalars[range]))
                                 : try decode(scalars[range])
            }
            if doubledBrace { continue }
            if pos >= end || scalars[pos] == "}" { break }
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
            parts.append(try parseReplacementField(nesting: nesting))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    func decode(_ text: ArraySlice<Unicode.Scalar>) throws -> String {
        do {
            return try decodeStringEscapes(text)
        } catch let e as EscapeError {
            throw makeError(e.message)
        }
    }

    /// Scans literal text. Returns its range and whether it ended at a doubled brace
    /// ("{{" or "}}"), whose first brace the range includes and whose second is skipped.
    mutating func findLiteral(nesting: Int) throws -> (Range<Int>, Bool) {
        let start = pos
        while pos < end {
            var c = scalars[pos]
            pos += 1
            if !isRaw && c == "\\" && pos < end {
                c = scalars[pos]
                pos += 1
                if c == "N" {
                    // "\N{NAME}": these braces do not start a field.
                    if pos < end {
                        let next = scalars[pos]
                        pos += 1
                        if next == "{" {
                            while pos < end {
                                let k = scalars[pos]
                                pos += 1
                                if k == "}" { break }
                            }
                        }
                    }
                    continue
                }
            }
            if c == "{" || c == "}" {
                if nesting == 0 {
                    if pos < end && scalars[pos] == c {
                        let range = start..<pos
                        pos += 1
                        return (range, true)
                    }
                    if c == "}" { throw makeError("f-string: single '}' is not allowed") }
                }
                pos -= 1
                break
            }
        }
        return (start..<pos, false)
    }

    mutating func parseReplacementField(nesting: Int) throws -> FStringPart {
        if nesting >= 2 { throw makeError("f-string: expressions nested too deeply") }
        pos += 1
        let expressionStart = pos
        var quote: Unicode.Scalar? = nil
        var quoteLength = 0
        var brackets: [Unicode.Scalar] = []
        while pos < end {
            let c = scalars[pos]
            if c == "\\" { throw makeError("f-string expression part cannot include a backslash") }
            if let q = quote {
                if c == q {
                    if quoteLength == 3 {
                        if pos + 2 < end && scalars[pos + 1] == c && scalars[pos + 2] == c {
                            pos += 3
                            quote = nil
                            continue
                        }
                    } else {
                        quote = nil
                    }
                }
                pos += 1
                continue
            }
            if c == "'" || c == "\"" {
                if pos + 2 < end && scalars[pos + 1] == c && scalars[pos + 2] == c {
                    quoteLength = 3
                    pos += 2
                } else {
                    quoteLength = 1
                }
                quote = c
            } else if c == "[" || c == "(" || c == "{" {
                if brackets.count >= maximumBracketNesting {
                    throw makeError("f-string: too many nested parenthesis")
                }
                brackets.append(c)
            } else if c == "#" {
                throw makeError("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (c == "!" || c == ":" || c == "}" || c == "=" || c == ">" || c == "<") {
                // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                if pos + 1 < end && scalars[pos + 1] == "=" && c != ":" && c != "}" {
                    pos += 2
                    continue
                }
                if c == ">" || c == "<" {
                    pos += 1
                    continue
                }
                break
            } else if c == "]" || c == ")" || c == "}" {
                guard let open = brackets.popLast() else {
                    throw makeError("f-string: unmatched '\(c)'")
                }
                if !((open == "(" && c == ")") || (open == "[" && c == "]") || (open == "{" && c == "}")) {
                    throw makeError("f-string: closing parenthesis '\(c)' does not match opening parenthesis '\(open)'")
                }
            }
            pos += 1
        }
        let expressionEnd = pos
        if quote != nil { throw makeError("f-string: unterminated string") }
        if let open = brackets.last { throw makeError("f-string: unmatched '\(open)'") }
        guard pos < end else { throw makeError("f-string: expecting '}'") }
        if scalars[expressionStart..<expressionEnd].allSatisfy(Lex.isSpace) {
            let terminator = scalars[pos]
            if terminator == "}" { throw makeError("f-string: empty expression not allowed") }
            throw makeError("f-string: expression required before '\(terminator)'")
        }
        let expression = try parseField(expressionStart..<expressionEnd)

        var debugText: String? = nil
        if scalars[pos] == "=" {
            pos += 1
            while pos < end && Lex.isSpace(scalars[pos]) { pos += 1 }
            guard pos < end else { throw makeError("f-string: expecting '}'") }
            debugText = String(String.UnicodeScalarView(scalars[expressionStart..<pos]))
        }
        var conversion: Character? = nil
        if scalars[pos] == "!" {
            pos += 1
            guard pos < end else { throw makeError("f-string: expecting '}'") }
            let c = scalars[pos]
            pos += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw makeError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var formatSpec: [FStringPart]? = nil
        if pos < end && scalars[pos] == ":" {
            pos += 1
            guard pos < end else { throw makeError("f-string: expecting '}'") }
            formatSpec = try parse(nesting: nesting + 1)
        }
        guard pos < end && scalars[pos] == "}" else { throw makeError("f-string: expecting '}'") }
        pos += 1
        // `{x=}` shows the repr unless a conversion or a format spec says otherwise.
        if debugText != nil && formatSpec == nil && conversion == nil { conversion = "r" }
        return .field(expression: expression, conversion: conversion, formatSpec: formatSpec, debugText: debugText)
    }
}

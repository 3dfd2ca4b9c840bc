// Expressions, from star_expressions down to atoms, with CPython 3.11's precedence.
// Chains that build deep trees without recursing (unary signs, `not`, `**`, binary operator
// runs, trailers) are parsed in loops but still count toward the nesting bound, so that
// no later recursive walk of the tree can exhaust the stack.

extension Parser {
    // MARK: - Expression lists

    /// star_expressions: one item, or a tuple without parentheses.
    func parseStarExpressions() throws -> Expr {
        let start = current.start
        let first = try parseStarExpression()
        guard at(.comma) else { return first }
        var items = [first]
        while accept(.comma) {
            guard at(.star) || atExpressionStart else { break }
            items.append(try parseStarExpression())
        }
        return Expr(.tuple(items), start)
    }

    func parseStarExpressionsOrYield() throws -> Expr {
        if at(.yield) { return try parseYield() }
        return try parseStarExpressions()
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws -> Expr {
        if at(.star) {
            let location = current.start
            advance()
            return Expr(.starred(try parseBitwiseOr()), location)
        }
        return try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    func parseStarNamedExpression() throws -> Expr {
        if at(.star) {
            let location = current.start
            advance()
            return Expr(.starred(try parseBitwiseOr()), location)
        }
        return try parseNamedExpression()
    }

    /// named_expression: NAME ':=' expression | expression. `checkAssignment` is off where
    /// a stray '=' has its own message (call arguments).
    func parseNamedExpression(checkAssignment: Bool = true) throws -> Expr {
        if case .name(let name) = current.kind, peek().isOp(.colonEqual) {
            let location = current.start
            advance()
            advance()
            return Expr(.namedExpr(name, try parseExpression()), location)
        }
        let expression = try parseExpression()
        if at(.colonEqual) && startsExpression(peek()) && !suppressSpecificErrors {
            throw error("cannot use assignment expressions with \(describe(expression))", at: expression.location)
        }
        if checkAssignment && at(.equal) { try checkMistakenAssignment(expression) }
        return expression
    }

    /// `if x = 1:` and the like: CPython's invalid_named_expression suggests '=='.
    /// Returns normally when the pattern does not apply (the caller then reports a generic error).
    func checkMistakenAssignment(_ target: Expr) throws {
        guard !suppressSpecificErrors else { return }
        let applies = try speculate { p -> Bool in
            p.suppressSpecificErrors = true
            p.advance()
            _ = try p.parseBitwiseOr()
            return !p.at(.equal) && !p.at(.colonEqual)
        } ?? false
        guard applies else { return }
        if case .name = target.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: target.location)
        }
        if isBitwiseOrLevel(target) && !startsWithDisplayOrSingleton(target) {
            throw error("cannot assign to \(describe(target)) here. Maybe you meant '==' instead of '='?",
                        at: target.location)
        }
    }

    // MARK: - expression

    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    func parseExpression(commaCheck: Bool = true) throws -> Expr {
        let startPos = pos
        let start = current.start
        try enter(start)
        defer { leave() }
        if at(.lambda) { return try parseLambda() }
        let body = try parseDisjunction()
        if at(.if) {
            advance()
            let test = try parseConditionalTest(body)
            guard accept(.else) else {
                if at(.colon) || suppressSpecificErrors { throw unexpected() }
                throw error("expected 'else' after 'if' expression", at: body.location)
            }
            let orElse = try parseExpression(commaCheck: commaCheck)
            return Expr(.conditional(test: test, body: body, orElse: orElse), start)
        }
        if commaCheck { try checkMissingComma(body, startPos: startPos) }
        return body
    }

    /// The test of `body if test else ...`. When it fails to parse, CPython's backtracking can
    /// still read a prefix of it (a lone name or number) as the test, and then complains that
    /// no `else` follows.
    func parseConditionalTest(_ body: Expr) throws -> Expr {
        let testStart = pos
        do {
            return try parseDisjunction()
        } catch let e as SyntaxError {
            try rethrowLiteralError()
            guard e.message == "invalid syntax", !suppressSpecificErrors, singleAtomLevel(at: testStart) != nil,
                  !token(at: testStart + 1).isKeyword(.else), !token(at: testStart + 1).isOp(.colon) else { throw e }
            throw error("expected 'else' after 'if' expression", at: body.location)
        }
    }

    /// Inside brackets, an expression directly followed by another one is most likely a
    /// missing comma: CPython's "invalid syntax. Perhaps you forgot a comma?".
    func checkMissingComma(_ first: Expr, startPos: Int) throws {
        guard !suppressSpecificErrors, atExpressionStart || at(.star) else { return }
        if case .name(let name) = tokens[startPos].kind {
            if pos == startPos + 1 {
                // CPython's invalid_legacy_expression reads what follows a lone name (meeting any
                // error in a literal there), for Python 2's `print x`.
                let followed = try speculate { p -> Bool in
                    p.suppressSpecificErrors = true
                    _ = try p.parseStarExpressions()
                    return true
                } != nil
                if followed && (name == "print" || name == "exec") {
                    throw error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", at: first.location)
                }
            }
            if ["print", "exec", "match", "case", "_"].contains(name) { return }
            if token(at: startPos + 1).isString { return }
        }
        guard atExpressionStart else { return }
        // The second expression only has to begin with a disjunction (PEG alternatives), and
        // CPython requires it to end inside brackets.
        let lastLevel = try speculate { p -> Int in
            p.suppressSpecificErrors = true
            if p.at(.lambda) { _ = try p.parseLambda() } else { _ = try p.parseDisjunction() }
            return p.token(at: p.pos - 1).level
        } ?? singleAtomLevel(at: pos) ?? 0
        if lastLevel > 0 {
            throw error("invalid syntax. Perhaps you forgot a comma?", at: first.location)
        }
    }

    /// When the following expression does not parse in full, CPython's backtracking can still
    /// accept a prefix of it: a lone name, number or string (after any unary signs).
    func singleAtomLevel(at start: Int) -> Int? {
        var i = start
        while case .op(let op) = token(at: i).kind, op == .minus || op == .plus || op == .tilde { i += 1 }
        switch token(at: i).kind {
        case .name, .number, .string: return token(at: i).level
        case .keyword(let k) where k == .true || k == .false || k == .none: return token(at: i).level
        default: return nil
        }
    }

    func parseDisjunction() throws -> Expr {
        let start = current.start
        let first = try parseConjunction()
        guard at(.or) else { return first }
        var values = [first]
        while accept(.or) { values.append(try parseConjunction()) }
        return Expr(.boolean(.or, values), start)
    }

    func parseConjunction() throws -> Expr {
        let start = current.start
        let first = try parseInversion()
        guard at(.and) else { return first }
        var values = [first]
        while accept(.and) { values.append(try parseInversion()) }
        return Expr(.boolean(.and, values), start)
    }

    func parseInversion() throws -> Expr {
        var nots: [SourceLocation] = []
        while at(.not) {
            nots.append(current.start)
            advance()
        }
        try deepen(by: nots.count, at: nots.first)
        defer { leave(nots.count) }
        var expression = try parseComparison()
        for location in nots.reversed() { expression = Expr(.unary(.not, expression), location) }
        return expression
    }

    func parseComparison() throws -> Expr {
        let start = current.start
        let left = try parseBitwiseOr()
        var comparisons: [(ComparisonOperator, Expr)] = []
        while let op = takeComparisonOperator() {
            comparisons.append((op, try parseBitwiseOr()))
        }
        return comparisons.isEmpty ? left : Expr(.compare(left, comparisons), start)
    }

    func takeComparisonOperator() -> ComparisonOperator? {
        let op: ComparisonOperator
        switch current.kind {
        case .op(.eqEqual): op = .eq
        case .op(.notEqual): op = .ne
        case .op(.less): op = .lt
        case .op(.lessEqual): op = .le
        case .op(.greater): op = .gt
        case .op(.greaterEqual): op = .ge
        case .keyword(.in): op = .in
        case .keyword(.not):
            guard peek().isKeyword(.in) else { return nil }
            advance()
            op = .notIn
        case .keyword(.is):
            if peek().isKeyword(.not) {
                advance()
                op = .isNot
            } else {
                op = .is
            }
        default:
            return nil
        }
        advance()
        return op
    }

    // MARK: - Binary operators

    /// Binding power of the binary operators between `|` (1) and the multiplicative ones (6).
    static func binaryOperator(_ kind: TokenKind) -> (BinaryOperator, Int)? {
        guard case .op(let op) = kind else { return nil }
        switch op {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    func parseBitwiseOr() throws -> Expr { try parseBinary(minimumLevel: 1) }

    /// Precedence climbing: left-associative runs are built in a loop.
    func parseBinary(minimumLevel: Int) throws -> Expr {
        let start = current.start
        var left = try parseFactor()
        var wraps = 0
        defer { leave(wraps) }
        while let (op, level) = Parser.binaryOperator(current.kind), level >= minimumLevel {
            advance()
            let right = level < 6 ? try parseBinary(minimumLevel: level + 1) : try parseFactor()
            left = Expr(.binary(left, op, right), start)
            wraps += 1
            try deepen(by: 1, at: left.location)
        }
        return left
    }

    /// factor: ('+' | '-' | '~')* power, the signs collected in a loop.
    func parseFactor() throws -> Expr {
        let signs = collectUnarySigns()
        try deepen(by: signs.count, at: signs.first?.1)
        defer { leave(signs.count) }
        return applyUnary(signs, to: try parsePower())
    }

    func collectUnarySigns() -> [(UnaryOperator, SourceLocation)] {
        var signs: [(UnaryOperator, SourceLocation)] = []
        while case .op(let op) = current.kind {
            switch op {
            case .minus: signs.append((.negate, current.start))
            case .plus: signs.append((.plus, current.start))
            case .tilde: signs.append((.invert, current.start))
            default: return signs
            }
            advance()
        }
        return signs
    }

    func applyUnary(_ signs: [(UnaryOperator, SourceLocation)], to operand: Expr) -> Expr {
        var expression = operand
        for (op, location) in signs.reversed() { expression = Expr(.unary(op, expression), location) }
        return expression
    }

    /// power: primary ['**' factor]. Right-associative, and the right operand may carry
    /// signs (`2 ** -1`), so the chain is collected first and folded from the right.
    func parsePower() throws -> Expr {
        var starts = [current.start]
        let base = try parsePrimary()
        guard at(.doubleStar) else { return base }
        var operands = [base]
        var signsBefore: [[(UnaryOperator, SourceLocation)]] = []
        var added = 0
        defer { leave(added) }
        while accept(.doubleStar) {
            let signs = collectUnarySigns()
            added += signs.count + 1
            try deepen(by: signs.count + 1, at: base.location)
            signsBefore.append(signs)
            starts.append(current.start)
            operands.append(try parsePrimary())
        }
        var result = operands[operands.count - 1]
        for i in stride(from: operands.count - 1, to: 0, by: -1) {
            result = applyUnary(signsBefore[i - 1], to: result)
            result = Expr(.binary(operands[i - 1], .pow, result), starts[i - 1])
        }
        return result
    }

    /// primary: atom followed by any number of `.name`, `(args)` and `[subscript]`.
    func parsePrimary() throws -> Expr {
        if at(.await) { throw error("'await' is not supported", at: current.start) }
        let start = current.start
        var expression = try parseAtom()
        var wraps = 0
        defer { leave(wraps) }
        while true {
            switch current.kind {
            case .op(.dot):
                advance()
                expression = Expr(.attribute(expression, try expectName()), start)
            case .op(.lpar):
                expression = Expr(.call(expression, try parseCallArguments()), start)
            case .op(.lsqb):
                // `a[]` is not a subscript; CPython then sees `a` and an empty list.
                if peek().isOp(.rsqb) { return expression }
                expression = Expr(.subscript(expression, try parseSubscript()), start)
            default:
                return expression
            }
            wraps += 1
            try deepen(by: 1, at: expression.location)
        }
    }

    func deepen(by levels: Int, at location: SourceLocation?) throws {
        guard levels > 0 else { return }
        depth += levels
        if depth > maximumExpressionDepth {
            throw error("too many nested expressions", at: location ?? current.start)
        }
    }

    // MARK: - Atoms

    func parseAtom() throws -> Expr {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            return Expr(.name(name), token.start)
        case .number(let value):
            advance()
            return Expr(.constant(value), token.start)
        case .string:
            return try parseStrings()
        case .keyword(.true):
            advance()
            return Expr(.constant(.bool(true)), token.start)
        case .keyword(.false):
            advance()
            return Expr(.constant(.bool(false)), token.start)
        case .keyword(.none):
            advance()
            return Expr(.constant(.none), token.start)
        case .op(.ellipsis):
            advance()
            return Expr(.constant(.ellipsis), token.start)
        case .op(.lpar):
            return try parseParenthesized()
        case .op(.lsqb):
            return try parseListDisplay()
        case .op(.lbrace):
            return try parseBraceDisplay()
        default:
            throw unexpected()
        }
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYield() throws -> Expr {
        let location = current.start
        advance()
        if accept(.from) { return Expr(.yieldFrom(try parseExpression()), location) }
        if at(.star) || atExpressionStart { return Expr(.yield(try parseStarExpressions()), location) }
        return Expr(.yield(nil), location)
    }

    /// A group, a tuple, or a generator expression.
    func parseParenthesized() throws -> Expr {
        let open = current.start
        advance()
        if accept(.rpar) { return Expr(.tuple([]), open) }
        if at(.yield) {
            let expression = try parseYield()
            try expect(.rpar)
            return expression
        }
        let first = try parseStarNamedExpression()
        if at(.for) {
            try rejectStarredComprehensionElement(first)
            let clauses = try parseComprehensionClauses()
            try expect(.rpar)
            return Expr(.generatorExpression(first, clauses), open)
        }
        if at(.comma) {
            var items = [first]
            while accept(.comma) {
                if at(.rpar) { break }
                items.append(try parseStarNamedExpression())
            }
            try expect(.rpar)
            return Expr(.tuple(items), open)
        }
        if case .starred = first.kind, at(.rpar) {
            throw error("cannot use starred expression here", at: first.location)
        }
        try expect(.rpar)
        return first
    }

    func parseListDisplay() throws -> Expr {
        let open = current.start
        advance()
        if accept(.rsqb) { return Expr(.list([]), open) }
        let first = try parseStarNamedExpression()
        if at(.for) {
            try rejectStarredComprehensionElement(first)
            let clauses = try parseComprehensionClauses()
            try expect(.rsqb)
            return Expr(.listComprehension(first, clauses), open)
        }
        let items = try parseDisplayItems(first, closer: .rsqb)
        return Expr(.list(items), open)
    }

    /// The rest of a list or set display after its first item, through the closing bracket.
    func parseDisplayItems(_ first: Expr, closer: TokenOp) throws -> [Expr] {
        var items = [first]
        var sawComma = false
        while accept(.comma) {
            sawComma = true
            if at(closer) || at(.for) { break }
            items.append(try parseStarNamedExpression())
        }
        if at(.for) && sawComma && !suppressSpecificErrors {
            // The clauses' own errors (an invalid target) come first, as in CPython.
            _ = try parseComprehensionClauses()
            throw error("did you forget parentheses around the comprehension target?", at: items[0].location)
        }
        try expect(closer)
        return items
    }

    func rejectStarredComprehensionElement(_ element: Expr) throws {
        if case .starred = element.kind {
            throw error("iterable unpacking cannot be used in comprehension", at: element.location)
        }
    }

    /// A dict or set display, or a dict or set comprehension.
    func parseBraceDisplay() throws -> Expr {
        let open = current.start
        advance()
        if accept(.rbrace) { return Expr(.dict([]), open) }
        if accept(.doubleStar) {
            let first = DictItem.unpack(try parseBitwiseOr())
            return Expr(.dict(try parseDictItems(first)), open)
        }
        let first = try parseStarNamedExpression()
        if at(.colon) {
            let key = first
            let value = try parseDictValue()
            if at(.for) {
                let clauses = try parseComprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComprehension(key: key, value: value, clauses), open)
            }
            return Expr(.dict(try parseDictItems(.pair(key, value))), open)
        }
        if at(.for) {
            try rejectStarredComprehensionElement(first)
            let clauses = try parseComprehensionClauses()
            try expect(.rbrace)
            return Expr(.setComprehension(first, clauses), open)
        }
        return Expr(.set(try parseDisplayItems(first, closer: .rbrace)), open)
    }

    /// At the ':' after a dict key: the value.
    func parseDictValue() throws -> Expr {
        let colon = current
        advance()
        if (at(.comma) || at(.rbrace)) && !suppressSpecificErrors {
            throw error("expression expected after dictionary key and ':'", at: colon.start)
        }
        if at(.star) && !suppressSpecificErrors {
            throw error("cannot use a starred expression in a dictionary value", at: current.start)
        }
        return try parseExpression()
    }

    func parseDictItems(_ first: DictItem) throws -> [DictItem] {
        var items = [first]
        while accept(.comma) {
            if at(.rbrace) { break }
            if accept(.doubleStar) {
                items.append(.unpack(try parseBitwiseOr()))
                continue
            }
            let key = try parseExpression(commaCheck: false)
            guard at(.colon) else {
                if suppressSpecificErrors { throw unexpected() }
                throw error("':' expected after dictionary key", at: endOfPreviousToken())
            }
            items.append(.pair(key, try parseDictValue()))
        }
        try expect(.rbrace)
        return items
    }

    /// The column of the last character of the token before the current one.
    func endOfPreviousToken() -> SourceLocation {
        let token = token(at: pos - 1)
        let length = max(token.endOffset - token.startOffset, 1)
        return SourceLocation(line: token.start.line, column: token.start.column + length - 1)
    }

    // MARK: - Comprehensions and targets

    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while at(.for) || (at(.async) && peek().isKeyword(.for)) {
            if at(.async) { throw error("asynchronous comprehensions are not supported", at: current.start) }
            advance()
            let target = try parseForTarget()
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while accept(.if) { conditions.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    /// The target of a `for` statement or clause, through the `in`.
    func parseForTarget() throws -> Expr {
        let targetStart = pos
        let target = try parseTargetList()
        if invalidTarget(target, .forTarget) == nil && accept(.in) { return target }
        // CPython re-reads a bad target as an expression list, which may find a more specific
        // error first (`for k, v iv in d` is a missing comma).
        let failure = unexpected()
        let failedAt = pos
        pos = targetStart
        do {
            _ = try parseStarExpressions()
        } catch let e as SyntaxError {
            if e.message != "invalid syntax" { throw e }
        }
        try rethrowLiteralError()
        pos = failedAt
        try validateTarget(target, .forTarget)
        throw failure
    }

    /// star_targets as in `for a, *b in ...`: items at bitwise-or level, so `in` ends them.
    func parseTargetList() throws -> Expr {
        let start = current.start
        let first = try parseTargetItem()
        guard at(.comma) else { return first }
        var items = [first]
        while accept(.comma) {
            guard at(.star) || atExpressionStart else { break }
            items.append(try parseTargetItem())
        }
        return Expr(.tuple(items), start)
    }

    func parseTargetItem() throws -> Expr {
        if at(.star) {
            let location = current.start
            advance()
            return Expr(.starred(try parseBitwiseOr()), location)
        }
        return try parseBitwiseOr()
    }
}

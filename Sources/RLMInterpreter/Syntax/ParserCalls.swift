// Call arguments, subscripts and slices, parameter lists (def and lambda).

extension Parser {
    // MARK: - Calls

    /// At '(': the arguments of a call, through ')'.
    func parseCallArguments(allowGenerator: Bool = true) throws -> [Argument] {
        let open = current.start
        advance()
        var arguments: [Argument] = []
        var keywordNames: Set<String> = []
        var sawKeyword = false, sawDoubleStar = false
        // CPython reports a misplaced positional argument after reading all the arguments.
        var misplacedPositional: String? = nil
        while !at(.rpar) {
            let token = current
            if accept(.star) {
                let value = try parseExpression()
                if sawDoubleStar && !suppressSpecificErrors {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: token.start)
                }
                arguments.append(.starred(value))
            } else if accept(.doubleStar) {
                arguments.append(.doubleStarred(try parseExpression()))
                sawDoubleStar = true
            } else if case .name(let name) = token.kind, peek().isOp(.equal) {
                advance()
                advance()
                let value = try parseExpression()
                if keywordNames.contains(name) && !suppressSpecificErrors && lateError == nil {
                    lateError = error("keyword argument repeated: \(name)", at: token.start)
                }
                keywordNames.insert(name)
                arguments.append(.keyword(name, value))
                sawKeyword = true
            } else if case .keyword(let k) = token.kind, k == .true || k == .false || k == .none,
                      peek().isOp(.equal), !suppressSpecificErrors {
                throw error("cannot assign to \(k.rawValue)", at: token.start)
            } else {
                var value = try parseNamedExpression(checkAssignment: false)
                if at(.for) {
                    if !allowGenerator { throw unexpected() }
                    let clauses = try parseComprehensionClauses()
                    let generator = Expr(.generatorExpression(value, clauses), open)
                    if !arguments.isEmpty || at(.comma) {
                        throw error("Generator expression must be parenthesized", at: value.location)
                    }
                    value = generator
                } else if at(.equal) && !suppressSpecificErrors {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
                }
                if misplacedPositional == nil {
                    if sawDoubleStar {
                        misplacedPositional = "positional argument follows keyword argument unpacking"
                    } else if sawKeyword {
                        misplacedPositional = "positional argument follows keyword argument"
                    }
                }
                arguments.append(.positional(value))
            }
            if !accept(.comma) { break }
        }
        if let message = misplacedPositional, !suppressSpecificErrors {
            throw error(message, at: current.start)
        }
        try expect(.rpar)
        return arguments
    }

    // MARK: - Subscripts

    /// At '[': the subscript, through ']'. Several items make a tuple (`a[1:2, ::3]`).
    func parseSubscript() throws -> Expr {
        advance()
        let start = current.start
        let first = try parseSliceItem()
        if accept(.rsqb) {
            if case .starred = first.kind { return Expr(.tuple([first]), start) }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if at(.rsqb) { break }
            items.append(try parseSliceItem())
        }
        try expect(.rsqb)
        return Expr(.tuple(items), start)
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | '*' expression
    func parseSliceItem() throws -> Expr {
        let start = current.start
        if accept(.star) { return Expr(.starred(try parseExpression()), start) }
        var lower: Expr? = nil
        if !at(.colon) {
            let item = try parseNamedExpression()
            guard at(.colon) else { return item }
            lower = item
        }
        advance()
        var upper: Expr? = nil, step: Expr? = nil
        if atExpressionStart { upper = try parseExpression() }
        if accept(.colon) && atExpressionStart { step = try parseExpression() }
        return Expr(.slice(lower, upper, step), start)
    }

    // MARK: - Parameters

    /// lambdef: 'lambda' [lambda_params] ':' expression
    func parseLambda() throws -> Expr {
        let location = current.start
        advance()
        let parameters = try parseParameters(closer: .colon, annotations: false)
        try expect(.colon)
        return Expr(.lambda(parameters, try parseExpression()), location)
    }

    /// A parameter list up to (not including) `closer`, with CPython's checks on ordering.
    func parseParameters(closer: TokenOp, annotations: Bool) throws -> Parameters {
        var parameters = Parameters()
        var sawSlash = false, sawStar = false, sawDefault = false, sawDoubleStar = false
        var bareStar: SourceLocation? = nil
        var names: Set<String> = []
        func note(_ p: Parameter) {
            if names.contains(p.name) && lateError == nil && !suppressSpecificErrors {
                lateError = error("duplicate argument '\(p.name)' in function definition", at: p.location)
            }
            names.insert(p.name)
        }
        while !at(closer) {
            let token = current
            if sawDoubleStar {
                throw error("arguments cannot follow var-keyword argument", at: token.start)
            }
            if accept(.slash) {
                if sawSlash { throw error("/ may appear only once", at: token.start) }
                if sawStar { throw error("/ must be ahead of *", at: token.start) }
                if parameters.regular.isEmpty { throw error("at least one argument must precede /", at: token.start) }
                sawSlash = true
                parameters.positionalOnly = parameters.regular
                parameters.regular = []
            } else if accept(.star) {
                if sawStar { throw error("* argument may appear only once", at: token.start) }
                sawStar = true
                if at(.comma) || at(closer) {
                    bareStar = token.start
                } else {
                    let p = try parseParameter(annotations: annotations)
                    if at(.equal) { throw error("var-positional argument cannot have default value", at: current.start) }
                    note(p)
                    parameters.varArgs = p
                }
            } else if accept(.doubleStar) {
                let p = try parseParameter(annotations: annotations)
                if at(.equal) { throw error("var-keyword argument cannot have default value", at: current.start) }
                note(p)
                parameters.varKeywords = p
                sawDoubleStar = true
            } else {
                if at(.lpar) && !sawStar && !suppressSpecificErrors {
                    throw error(annotations ? "Function parameters cannot be parenthesized"
                                            : "Lambda expression parameters cannot be parenthesized", at: token.start)
                }
                var p = try parseParameter(annotations: annotations)
                let equal = current
                if accept(.equal) {
                    if annotations && (at(.comma) || at(closer)) {
                        throw error("expected default value expression", at: equal.start)
                    }
                    p.defaultValue = try parseExpression()
                    if !sawStar { sawDefault = true }
                } else if sawDefault && !sawStar {
                    throw error("non-default argument follows default argument", at: p.location)
                }
                note(p)
                if sawStar {
                    parameters.keywordOnly.append(p)
                    bareStar = nil
                } else {
                    parameters.regular.append(p)
                }
            }
            if !accept(.comma) { break }
        }
        if let location = bareStar {
            // CPython points at the '*' in a def, but at the ':' after a lambda's.
            throw error("named arguments must follow bare *", at: annotations ? location : current.start)
        }
        return parameters
    }

    /// NAME [':' expression].
    func parseParameter(annotations: Bool) throws -> Parameter {
        let location = current.start
        let name = try expectName()
        var annotation: Expr?
        if annotations && accept(.colon) { annotation = try parseExpression() }
        return Parameter(name: name, defaultValue: nil, location: location, annotation: annotation)
    }
}

// Statements: simple statements (separated by ';') and compound statements with their
// blocks, including CPython's messages for a missing ':' or a missing indented block.

extension Parser {
    func parseStatement() throws -> [Stmt] {
        switch current.kind {
        case .keyword(.if): return [try parseIf()]
        case .keyword(.while): return [try parseWhile()]
        case .keyword(.for): return [try parseFor()]
        case .keyword(.try): return [try parseTry()]
        case .keyword(.with): return [try parseWith()]
        case .keyword(.def): return [try parseFunctionDef(decorators: [])]
        case .keyword(.class): return [try parseClassDef(decorators: [])]
        case .op(.at): return [try parseDecorated()]
        case .keyword(.async):
            throw error("'async' is not supported", at: current.start)
        default: return try parseSimpleStatements()
        }
    }

    // MARK: - Blocks

    /// After a compound statement's ':': an indented block, or simple statements on the same line.
    func parseBlock(_ what: String, line: Int) throws -> [Stmt] {
        guard current.isNewline else { return try parseSimpleStatements() }
        advance()
        guard case .indent = current.kind else {
            throw error("expected an indented block after \(what) on line \(line)", at: current.start,
                        kind: "IndentationError")
        }
        advance()
        var body: [Stmt] = []
        while true {
            switch current.kind {
            case .dedent:
                advance()
                return body
            case .endMarker:
                return body
            default:
                body.append(contentsOf: try parseStatement())
            }
        }
    }

    /// CPython says "expected ':'" where the header ends at the line's end, or where the
    /// grammar forces the colon (def, try, else, finally); elsewhere "invalid syntax".
    func expectColon(forced: Bool) throws {
        if accept(.colon) { return }
        if forced || current.isNewline { throw error("expected ':'", at: current.start) }
        throw unexpected()
    }

    var atStatementEnd: Bool { current.isNewline || at(.semi) }

    // MARK: - Simple statements

    func parseSimpleStatements() throws -> [Stmt] {
        var statements = [try parseSimpleStatement()]
        while accept(.semi) {
            if current.isNewline { break }
            statements.append(try parseSimpleStatement())
        }
        guard current.isNewline else { throw unexpected() }
        advance()
        return statements
    }

    func parseSimpleStatement() throws -> Stmt {
        let token = current
        let location = token.start
        switch token.kind {
        case .keyword(.pass):
            advance()
            return Stmt(.pass, location)
        case .keyword(.break):
            advance()
            return Stmt(.break, location)
        case .keyword(.continue):
            advance()
            return Stmt(.continue, location)
        case .keyword(.return):
            advance()
            return Stmt(.return(atStatementEnd ? nil : try parseStarExpressions()), location)
        case .keyword(.raise):
            advance()
            if atStatementEnd { return Stmt(.raise(exception: nil, cause: nil), location) }
            let exception = try parseExpression()
            let cause = accept(.from) ? try parseExpression() : nil
            return Stmt(.raise(exception: exception, cause: cause), location)
        case .keyword(.global), .keyword(.nonlocal):
            advance()
            var names = [try expectName()]
            while accept(.comma) { names.append(try expectName()) }
            return Stmt(token.isKeyword(.global) ? .global(names) : .nonlocal(names), location)
        case .keyword(.del):
            return try parseDelete()
        case .keyword(.assert):
            advance()
            let test = try parseExpression()
            let message = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, message: message), location)
        case .keyword(.import):
            return try parseImport()
        case .keyword(.from):
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    /// Expression statements and the assignment forms.
    func parseExpressionStatement() throws -> Stmt {
        let start = current.start
        let first = try parseStarExpressionsOrYield()
        if at(.equal) {
            let firstEqual = pos
            var targets = [first]
            advance()
            var value = try parseStarExpressionsOrYield()
            while at(.equal) {
                targets.append(value)
                advance()
                value = try parseStarExpressionsOrYield()
            }
            try validateAssignmentTargets(targets, firstEqual: firstEqual)
            return Stmt(.assign(targets: targets, value: value), start)
        }
        if case .op(let op) = current.kind, let binary = op.augmentedOperator {
            switch first.kind {
            case .name, .attribute, .subscript: break
            default:
                throw error("'\(describe(first))' is an illegal expression for augmented assignment", at: first.location)
            }
            advance()
            return Stmt(.augmentedAssign(target: first, op: binary, value: try parseStarExpressionsOrYield()),
                        start)
        }
        if at(.colon) {
            switch first.kind {
            case .name, .attribute, .subscript:
                advance()
            default:
                // CPython's messages need an annotation after the ':' (`fori in x:` is plain
                // invalid syntax at the ':').
                guard startsExpression(token(at: pos + 1)) else { throw unexpected() }
                if case .tuple = first.kind {
                    throw error("only single target (not tuple) can be annotated", at: start)
                }
                if case .list = first.kind {
                    throw error("only single target (not list) can be annotated", at: start)
                }
                throw error("illegal target for annotation", at: start)
            }
            let annotation = try parseExpression()
            let value = accept(.equal) ? try parseStarExpressionsOrYield() : nil
            return Stmt(.annotatedAssign(target: first, annotation: annotation, value: value), start)
        }
        return Stmt(.expression(first), start)
    }

    func parseDelete() throws -> Stmt {
        let location = current.start
        advance()
        var targets: [Expr] = []
        repeat {
            if atStatementEnd && !targets.isEmpty { break }
            let target = try parseStarExpression()
            try validateTarget(target, .deletion)
            targets.append(target)
        } while accept(.comma)
        return Stmt(.delete(targets), location)
    }

    func parseDottedName() throws -> String {
        var name = try expectName()
        while accept(.dot) { name += "." + (try expectName()) }
        return name
    }

    func parseImport() throws -> Stmt {
        let location = current.start
        advance()
        var names: [ImportAlias] = []
        repeat {
            let name = try parseDottedName()
            names.append(ImportAlias(name: name, asName: accept(.as) ? try expectName() : nil))
        } while accept(.comma)
        return Stmt(.import(names), location)
    }

    func parseFromImport() throws -> Stmt {
        let location = current.start
        advance()
        var level = 0
        while true {
            if accept(.dot) {
                level += 1
            } else if accept(.ellipsis) {
                level += 3
            } else {
                break
            }
        }
        var module = ""
        if level == 0 || !at(.import) { module = try parseDottedName() }
        guard accept(.import) else { throw unexpected() }
        var names: [ImportAlias] = []
        if accept(.star) {
            names = [ImportAlias(name: "*", asName: nil)]
        } else if accept(.lpar) {
            repeat {
                if at(.rpar) && !names.isEmpty { break }
                let name = try expectName()
                names.append(ImportAlias(name: name, asName: accept(.as) ? try expectName() : nil))
            } while accept(.comma)
            try expect(.rpar)
        } else {
            repeat {
                if atStatementEnd && !names.isEmpty {
                    throw error("trailing comma not allowed without surrounding parentheses", at: current.start)
                }
                let name = try expectName()
                names.append(ImportAlias(name: name, asName: accept(.as) ? try expectName() : nil))
            } while accept(.comma)
        }
        return Stmt(.importFrom(module: module, names: names, level: level), location)
    }

    // MARK: - Compound statements

    func parseIf() throws -> Stmt {
        var branches: [(test: Expr, body: [Stmt], location: SourceLocation)] = []
        var keyword = "'if' statement"
        // `elif` chains are collected in a loop and folded into nested ifs afterwards.
        repeat {
            let token = current
            advance()
            let test = try parseNamedExpression()
            try expectColon(forced: false)
            let body = try parseBlock(keyword, line: token.start.line)
            branches.append((test, body, token.start))
            keyword = "'elif' statement"
        } while at(.elif)
        var orElse = try parseElse()
        for branch in branches.reversed() {
            orElse = [Stmt(.if(test: branch.test, body: branch.body, orElse: orElse), branch.location)]
        }
        return orElse[0]
    }

    func parseElse() throws -> [Stmt] {
        guard at(.else) else { return [] }
        let token = current
        advance()
        try expectColon(forced: true)
        return try parseBlock("'else' statement", line: token.start.line)
    }

    func parseWhile() throws -> Stmt {
        let token = current
        advance()
        let test = try parseNamedExpression()
        try expectColon(forced: false)
        let body = try parseBlock("'while' statement", line: token.start.line)
        return Stmt(.while(test: test, body: body, orElse: try parseElse()), token.start)
    }

    func parseFor() throws -> Stmt {
        let token = current
        advance()
        let target = try parseForTarget()
        let iterable = try parseStarExpressions()
        try expectColon(forced: false)
        let body = try parseBlock("'for' statement", line: token.start.line)
        return Stmt(.for(target: target, iterable: iterable, body: body, orElse: try parseElse()), token.start)
    }

    func parseTry() throws -> Stmt {
        let token = current
        advance()
        try expectColon(forced: true)
        let body = try parseBlock("'try' statement", line: token.start.line)
        var handlers: [ExceptHandler] = []
        while at(.except) {
            let exceptToken = current
            advance()
            if at(.star) { throw error("'except*' is not supported", at: current.start) }
            var type: Expr? = nil
            var name: String? = nil
            if !at(.colon) && !current.isNewline {
                let t = try parseExpression()
                if at(.comma) {
                    throw error("multiple exception types must be parenthesized", at: t.location)
                }
                if accept(.as) { name = try expectName() }
                type = t
            }
            try expectColon(forced: false)
            let handlerBody = try parseBlock("'except' statement", line: exceptToken.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: exceptToken.start))
        }
        let orElse = handlers.isEmpty ? [] : try parseElse()
        var finally: [Stmt] = []
        var hasFinally = false
        if at(.finally) {
            let finallyToken = current
            advance()
            try expectColon(forced: true)
            finally = try parseBlock("'finally' statement", line: finallyToken.start.line)
            hasFinally = true
        }
        if handlers.isEmpty && !hasFinally {
            throw error("expected 'except' or 'finally' block", at: current.start)
        }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: finally), token.start)
    }

    func parseWith() throws -> Stmt {
        let token = current
        advance()
        var items: [WithItem]
        if at(.lpar), let parenthesized = try parseParenthesizedWithItems() {
            items = parenthesized
        } else {
            items = [try parseWithItem()]
            while accept(.comma) { items.append(try parseWithItem()) }
        }
        try expectColon(forced: false)
        return Stmt(.with(items, body: try parseBlock("'with' statement", line: token.start.line)), token.start)
    }

    /// `with (a as b, c as d):` — tried first, as in CPython; nil (cursor unchanged) when the
    /// parenthesis turns out to belong to an expression such as `with (a, b) as c:`.
    func parseParenthesizedWithItems() throws -> [WithItem]? {
        let savedPos = pos, savedDepth = depth, savedIndentFailure = failedAtUnexpectedIndent
        do {
            advance()
            var items = [try parseWithItem()]
            while accept(.comma) {
                if at(.rpar) { break }
                items.append(try parseWithItem())
            }
            try expect(.rpar)
            if at(.colon) { return items }
        } catch {
            try rethrowLiteralError()
        }
        pos = savedPos
        depth = savedDepth
        failedAtUnexpectedIndent = savedIndentFailure
        return nil
    }

    func parseWithItem() throws -> WithItem {
        let context = try parseExpression()
        guard accept(.as) else { return WithItem(context: context, target: nil) }
        let target = try parseTargetItem()
        guard at(.comma) || at(.rpar) || at(.colon) || current.isNewline else { throw unexpected() }
        try validateTarget(target, .with)
        return WithItem(context: context, target: target)
    }

    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            guard current.isNewline else { throw unexpected() }
            advance()
        }
        if at(.def) { return try parseFunctionDef(decorators: decorators) }
        if at(.class) { return try parseClassDef(decorators: decorators) }
        if at(.async) { throw error("'async' is not supported", at: current.start) }
        throw unexpected()
    }

    func parseFunctionDef(decorators: [Expr]) throws -> Stmt {
        let token = current
        advance()
        let name = try expectName()
        guard accept(.lpar) else { throw error("expected '('", at: current.start) }
        let parameters = try parseParameters(closer: .rpar, annotations: true)
        try expect(.rpar)
        var returns: Expr?
        if at(.arrow) {
            // A '->' without an annotation is where CPython's forced ':' fails.
            let arrow = current.start
            advance()
            guard atExpressionStart else { throw error("expected ':'", at: arrow) }
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        let body = try parseBlock("function definition", line: token.start.line)
        return Stmt(.functionDef(FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators,
                                             returns: returns)), token.start)
    }

    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let token = current
        advance()
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [(String, Expr)] = []
        if at(.lpar) {
            for argument in try parseCallArguments(allowGenerator: false) {
                switch argument {
                case .positional(let e): bases.append(e)
                case .starred(let e): bases.append(Expr(.starred(e), e.location))
                case .keyword(let k, let e): keywords.append((k, e))
                case .doubleStarred(let e):
                    throw error("'**' in a class definition is not supported", at: e.location)
                }
            }
        }
        try expectColon(forced: false)
        let body = try parseBlock("class definition", line: token.start.line)
        return Stmt(.classDef(ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)),
                    token.start)
    }
}

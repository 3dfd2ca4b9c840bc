import BigInt

/// Expression lowering.
extension Compiler {
    func expr(_ e: Expr) throws -> ExprNode {
        let line = e.location.line
        switch e.kind {
        case .name(let n):
            return load(n, line: line)
        case .constant(let c):
            return ConstantNode(try constant(c, e.location), line: line)
        case .fString(let parts):
            return try fString(parts, line: line)
        case .unary(let op, let x):
            let operand = try expr(x)
            // Fold negative literals so `-1` is a constant.
            if op == .negate, let c = operand as? ConstantNode {
                switch c.value {
                case .int(let i) where i != Int.min: return ConstantNode(.int(-i), line: line)
                case .float(let d): return ConstantNode(.float(-d), line: line)
                default: break
                }
            }
            return UnaryNode(op: op, operand: operand, line: line)
        case .binary(let a, let op, let b):
            if op == .matMul { throw syntaxError("the @ operator is not supported in the sandbox", e.location) }
            return BinaryNode(op: op, left: try expr(a), right: try expr(b), line: line)
        case .boolean(let op, let xs):
            return BooleanNode(isAnd: op == .and, operands: try xs.map { try expr($0) }, line: line)
        case .compare(let first, let rest):
            if rest.count == 1 {
                return CompareOneNode(left: try expr(first), op: rest[0].0, right: try expr(rest[0].1), line: line)
            }
            return CompareNode(first: try expr(first), ops: rest.map { $0.0 }, rest: try rest.map { try expr($0.1) }, line: line)
        case .call(let callee, let args):
            return try call(callee, args, e.location)
        case .attribute(let o, let name):
            return AttributeNode(object: try expr(o), name: name, line: line)
        case .subscript(let o, let i):
            return SubscriptNode(object: try expr(o), index: try expr(i), line: line)
        case .slice(let a, let b, let c):
            return SliceNode(lower: try a.map { try expr($0) }, upper: try b.map { try expr($0) },
                             step: try c.map { try expr($0) }, line: line)
        case .tuple(let xs):
            let elements = try displayElements(xs)
            if elements.allSatisfy({ !$0.spread && $0.node is ConstantNode }) {
                return ConstantNode(.tuple(PyTuple(elements.map { ($0.node as! ConstantNode).value })), line: line)
            }
            return TupleDisplayNode(elements, line: line)
        case .list(let xs):
            return ListDisplayNode(try displayElements(xs), line: line)
        case .set(let xs):
            return SetDisplayNode(try displayElements(xs), line: line)
        case .dict(let items):
            var out: [(key: ExprNode?, value: ExprNode)] = []
            for item in items {
                switch item {
                case .pair(let k, let v): out.append((try expr(k), try expr(v)))
                case .unpack(let m): out.append((nil, try expr(m)))
                }
            }
            return DictDisplayNode(out, line: line)
        case .starred:
            throw syntaxError("can't use starred expression here", e.location)
        case .conditional(let test, let body, let orElse):
            return ConditionalNode(test: try expr(test), body: try expr(body), orElse: try expr(orElse), line: line)
        case .lambda(let params, let body):
            return try makeFunction(name: "<lambda>", parameters: params, location: e.location, tag: 3) { c in
                let value = try c.expr(body)
                return Block([ReturnStmt(value, line: line)], mayYield: c.yieldCount > 0)
            }
        case .listComprehension(let elt, let gens):
            return try comprehension(gens, e.location, kind: .list) { c in [try c.expr(elt)] }
        case .setComprehension(let elt, let gens):
            return try comprehension(gens, e.location, kind: .set) { c in [try c.expr(elt)] }
        case .dictComprehension(let k, let v, let gens):
            return try comprehension(gens, e.location, kind: .dict) { c in [try c.expr(k), try c.expr(v)] }
        case .generatorExpression(let elt, let gens):
            return try generatorExpression(elt, gens, e.location)
        case .yield, .yieldFrom:
            throw syntaxError("'yield' inside an expression is not supported in the sandbox; use it as a statement or as the whole right-hand side of an assignment", e.location)
        case .namedExpr(let name, let value):
            let v = try expr(value)
            return NamedExprNode(target: store(name, line: line), value: v, line: line)
        }
    }

    func constant(_ c: Constant, _ loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return BuiltinTypes.ellipsis
        case .int(let i): return .int(i)
        case .bigInt(let digits):
            guard let b = BigInt(digits) else { throw syntaxError("invalid integer literal", loc) }
            return .integer(b)
        case .float(let d): return .float(d)
        case .imaginary: throw syntaxError("complex numbers are not supported in the sandbox", loc)
        case .str(let s): return .str(PyStr.from(s))
        case .bytes(let b): return .object(PyBytes(b))
        }
    }

    private func displayElements(_ xs: [Expr]) throws -> [DisplayElement] {
        try xs.map { x in
            if case .starred(let inner) = x.kind { return DisplayElement(node: try expr(inner), spread: true) }
            return DisplayElement(node: try expr(x), spread: false)
        }
    }

    private func fString(_ parts: [FStringPart], line: Int) throws -> FormattedStringNode {
        var pieces: [FormattedStringNode.Piece] = []
        for p in parts {
            switch p {
            case .literal(let s):
                pieces.append(.literal(s))
            case .field(let x, let conversion, let spec, let debugText):
                if let d = debugText { pieces.append(.literal(d)) }
                pieces.append(.field(try expr(x), conversion: conversion, spec: try spec.map { try fString($0, line: line) }))
            }
        }
        return FormattedStringNode(pieces, line: line)
    }

    private func call(_ callee: Expr, _ args: [Argument], _ loc: SourceLocation) throws -> ExprNode {
        let line = loc.line
        // Zero-argument super() in a method.
        if case .name("super") = callee.kind, args.isEmpty, let first = firstParameterLoad(line: line),
           case .cell(let c) = locate("__class__", in: scope) {
            return ImplicitSuperNode(classCell: c, firstArgument: first, line: line)
        }
        var positional: [DisplayElement] = []
        var keywords: [(name: String?, value: ExprNode)] = []
        for a in args {
            switch a {
            case .positional(let x): positional.append(DisplayElement(node: try expr(x), spread: false))
            case .starred(let x): positional.append(DisplayElement(node: try expr(x), spread: true))
            case .keyword(let k, let x): keywords.append((k, try expr(x)))
            case .doubleStarred(let x): keywords.append((nil, try expr(x)))
            }
        }
        let arguments = CallSiteArguments(positional: positional, keywords: keywords)
        if case .attribute(let receiver, let name) = callee.kind {
            return MethodCallNode(receiver: try expr(receiver), name: name, arguments: arguments, line: line)
        }
        return CallNode(callee: try expr(callee), arguments: arguments, line: line)
    }

    /// The current function's first parameter (the `self` or `cls` of a method).
    private func firstParameterLoad(line: Int) -> ExprNode? {
        let owner = scope.frameOwner
        guard owner.kind == .function, let first = context.code.parameters.names.first else { return nil }
        return load(first, line: line)
    }

    enum ComprehensionKind { case list, set, dict }

    private func comprehension(_ gens: [Comprehension], _ loc: SourceLocation, kind: ComprehensionKind,
                               element: (Compiler) throws -> [ExprNode]) throws -> ExprNode {
        let firstIterable = try expr(gens[0].iterable)
        let cscope = map.take(Analyzer.key(loc, 4))
        let saved = scope
        scope = cscope
        defer { scope = saved }
        var clauses: [ComprehensionClause] = []
        for (i, g) in gens.enumerated() {
            let iterable = i == 0 ? firstIterable : try expr(g.iterable)
            clauses.append(ComprehensionClause(target: try target(g.target), iterable: iterable,
                                               conditions: try g.conditions.map { try expr($0) }))
        }
        let parts = try element(self)
        switch kind {
        case .list: return ListComprehensionNode(clauses: clauses, element: parts[0], line: loc.line)
        case .set: return SetComprehensionNode(clauses: clauses, element: parts[0], line: loc.line)
        case .dict: return DictComprehensionNode(clauses: clauses, key: parts[0], value: parts[1], line: loc.line)
        }
    }

    /// A generator expression runs in a frame of its own (a generator function's scope) but
    /// has no statement body: its generator runs the loops as a comprehension does, one
    /// element per step (`GeneratorExpressionLoops`). The first iterable is evaluated in the
    /// enclosing scope, when the expression is.
    private func generatorExpression(_ elt: Expr, _ gens: [Comprehension], _ loc: SourceLocation) throws -> ExprNode {
        let line = loc.line
        let outer = try expr(gens[0].iterable)
        let gscope = map.take(Analyzer.key(loc, 5))
        let code = FunctionCode(name: "<genexpr>", qualifiedName: qualifiedPrefix + "<genexpr>", filename: filename)
        code.isGenerator = true
        let ctx = FrameContext(code: code, owner: gscope)
        _ = ctx.slot(gscope, ".0")
        let closure = try closureCells(for: gscope, at: loc)

        let (savedScope, savedContext) = (scope, context)
        scope = gscope
        context = ctx
        defer { (scope, context) = (savedScope, savedContext) }

        var clauses: [ComprehensionClause] = []
        for (i, g) in gens.enumerated() {
            // The first clause's iterator is made by the node, in the enclosing scope.
            let iterable = i == 0 ? LocalNode(slot: 0, name: ".0", line: line) : try expr(g.iterable)
            clauses.append(ComprehensionClause(target: try target(g.target), iterable: iterable,
                                               conditions: try g.conditions.map { try expr($0) }))
        }
        let loops = GeneratorExpressionLoops(clauses: clauses, element: try expr(elt), line: line)
        ctx.finish()
        return GeneratorExpressionNode(code: code, loops: loops, outerIterable: outer, closureCells: closure, line: line)
    }
}

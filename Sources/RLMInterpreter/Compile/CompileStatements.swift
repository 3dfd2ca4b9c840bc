/// Statement lowering.
extension Compiler {
    /// A while/for body: `break` and `continue` are allowed in it.
    func loopBody(_ body: [Stmt]) throws -> Block {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try block(body)
    }

    func statement(_ s: Stmt) throws -> StmtNode {
        let line = s.location.line
        switch s.kind {
        case .expression(let e):
            switch e.kind {
            case .yield(let v):
                yieldCount += 1
                return YieldStmt(value: try v.map { try expr($0) }, target: nil, line: line)
            case .yieldFrom(let v):
                yieldCount += 1
                return YieldFromStmt(iterable: try expr(v), target: nil, line: line)
            default:
                return ExpressionStmt(try expr(e), line: line)
            }

        case .assign(let targets, let value):
            switch value.kind {
            case .yield(let v):
                yieldCount += 1
                return YieldStmt(value: try v.map { try expr($0) }, target: try singleTarget(targets, s.location), line: line)
            case .yieldFrom(let v):
                yieldCount += 1
                return YieldFromStmt(iterable: try expr(v), target: try singleTarget(targets, s.location), line: line)
            default:
                let v = try expr(value)
                return AssignStmt(targets: try targets.map { try target($0) }, value: v, line: line)
            }

        case .augmentedAssign(let t, let op, let value):
            let v = try expr(value)
            switch t.kind {
            case .name(let n):
                return AugmentedAssignNameStmt(load: load(n, line: line), store: store(n, line: line), op: op, value: v, line: line)
            case .attribute(let o, let name):
                return AugmentedAssignAttributeStmt(object: try expr(o), name: name, op: op, value: v, line: line)
            case .subscript(let o, let i):
                return AugmentedAssignItemStmt(object: try expr(o), key: try expr(i), op: op, value: v, line: line)
            default:
                throw syntaxError("'\(describe(t))' is an illegal expression for augmented assignment", t.location)
            }

        case .annotatedAssign(let t, let annotation, let value):
            // In a class body `name: T [= v]` also records T in `__annotations__` (dataclasses
            // read the field order from it).
            if scope.kind == .classBody, case .name(let name) = t.kind {
                let annotationNode = globals.futureAnnotations
                    ? ConstantNode(.str(PyStr.from(AnnotationText.text(annotation))), line: line) : try expr(annotation)
                return ClassAnnotationStmt(name: name, annotation: annotationNode,
                                           value: try value.map { try expr($0) },
                                           target: value == nil ? nil : try target(t), line: line)
            }
            guard let value = value else { return PassStmt(line: line) }
            let v = try expr(value)
            return AssignStmt(targets: [try target(t)], value: v, line: line)

        case .if(let test, let body, let orElse):
            return IfStmt(test: try expr(test), body: try block(body), orElse: try block(orElse), line: line)

        case .while(let test, let body, let orElse):
            return WhileStmt(test: try expr(test), body: try loopBody(body), orElse: try block(orElse), line: line)

        case .for(let t, let iterable, let body, let orElse):
            let it = try expr(iterable)
            return ForStmt(target: try target(t), iterable: it, body: try loopBody(body), orElse: try block(orElse), line: line)

        case .break:
            if loopDepth == 0 { throw syntaxError("'break' outside loop", s.location) }
            return BreakStmt(line: line)
        case .continue:
            if loopDepth == 0 { throw syntaxError("'continue' not properly in loop", s.location) }
            return ContinueStmt(line: line)
        case .pass:
            return PassStmt(line: line)

        case .return(let v):
            if scope.frameOwner.kind != .function {
                throw syntaxError("'return' outside function", s.location)
            }
            return ReturnStmt(try v.map { try expr($0) }, line: line)

        case .functionDef(let def):
            let decorators = try def.decorators.map { try expr($0) }
            let annotations = try functionAnnotations(def)
            let make = try makeFunction(name: def.name, parameters: def.parameters, location: s.location, tag: 1) { c in
                var body = def.body
                if let first = body.first, case .expression(let e) = first.kind, case .constant(.str) = e.kind {
                    body.removeFirst()
                    if body.isEmpty { body = [Stmt(.pass, first.location)] }
                }
                return try c.block(body)
            }
            if let first = def.body.first, case .expression(let e) = first.kind, case .constant(.str(let doc)) = e.kind {
                make.docstring = doc
            }
            make.annotations = annotations
            return AssignStmt(targets: [store(def.name, line: line)],
                              value: applyDecorators(decorators, to: make, line: line), line: line)

        case .classDef(let cls):
            return try classDefinition(cls, s.location)

        case .try(let body, let handlers, let orElse, let finally):
            let b = try block(body)
            var clauses: [ExceptClause] = []
            for h in handlers {
                clauses.append(ExceptClause(type: try h.type.map { try expr($0) },
                                            target: h.name.map { store($0, line: h.location.line) },
                                            body: try block(h.body)))
            }
            return TryStmt(body: b, handlers: clauses, orElse: orElse.isEmpty ? nil : try block(orElse),
                           finally: finally.isEmpty ? nil : try block(finally), line: line)

        case .raise(let e, let cause):
            return RaiseStmt(exception: try e.map { try expr($0) }, cause: try cause.map { try expr($0) }, line: line)

        case .assert(let test, let message):
            return AssertStmt(test: try expr(test), message: try message.map { try expr($0) }, line: line)

        case .delete(let targets):
            return DeleteStmt(try targets.map { try target($0) }, line: line)

        case .with(let items, let body):
            // `with a, b:` is `with a: with b:`.
            var inner = try block(body)
            for item in items.reversed() {
                let node = WithStmt(manager: try expr(item.context), target: try item.target.map { try target($0) },
                                    body: inner, line: line)
                inner = Block([node], mayYield: inner.mayYield)
            }
            return inner.statements[0]

        case .global, .nonlocal:
            return PassStmt(line: line)

        case .import(let aliases):
            var nodes: [StmtNode] = []
            for a in aliases {
                let top = String(a.name.split(separator: ".")[0])
                if let asName = a.asName {
                    nodes.append(ImportStmt(module: a.name, target: store(asName, line: line), bindsTopLevel: false, line: line))
                } else {
                    nodes.append(ImportStmt(module: a.name, target: store(top, line: line), bindsTopLevel: true, line: line))
                }
            }
            return nodes.count == 1 ? nodes[0] : BlockStmt(Block(nodes), line: line)

        case .importFrom(let module, let names, let level):
            if level > 0 {
                throw syntaxError("relative imports are not available in the sandbox", s.location)
            }
            if names.contains(where: { $0.name == "*" }) {
                return ImportStarStmt(module: module, line: line)
            }
            return ImportFromStmt(module: module, names: names.map { ($0.name, store($0.asName ?? $0.name, line: line)) }, line: line)
        }
    }

    /// A def's annotations in `__annotations__` order (parameters, then "return"), evaluated
    /// where the def runs, or kept as source text under `from __future__ import annotations`.
    private func functionAnnotations(_ def: FunctionDef) throws -> [(String, ExprNode)] {
        let p = def.parameters
        var pairs: [(String, Expr)] = []
        for param in p.positionalOnly + p.regular { if let a = param.annotation { pairs.append((param.name, a)) } }
        if let v = p.varArgs, let a = v.annotation { pairs.append((v.name, a)) }
        for param in p.keywordOnly { if let a = param.annotation { pairs.append((param.name, a)) } }
        if let k = p.varKeywords, let a = k.annotation { pairs.append((k.name, a)) }
        if let r = def.returns { pairs.append(("return", r)) }
        return try pairs.map { name, a in
            (name, globals.futureAnnotations ? ConstantNode(.str(PyStr.from(AnnotationText.text(a))), line: a.location.line) : try expr(a))
        }
    }

    private func singleTarget(_ targets: [Expr], _ loc: SourceLocation) throws -> TargetNode {
        guard targets.count == 1 else {
            throw syntaxError("chained assignment from 'yield' is not supported in the sandbox", loc)
        }
        return try target(targets[0])
    }

    func target(_ e: Expr) throws -> TargetNode {
        let line = e.location.line
        switch e.kind {
        case .name(let n):
            return store(n, line: line)
        case .attribute(let o, let name):
            return AttributeTarget(object: try expr(o), name: name, line: line)
        case .subscript(let o, let i):
            return SubscriptTarget(object: try expr(o), index: try expr(i), line: line)
        case .tuple(let items), .list(let items):
            var targets: [TargetNode] = []
            var star: Int?
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    if star != nil { throw syntaxError("multiple starred expressions in assignment", item.location) }
                    star = i
                    targets.append(try target(inner))
                } else {
                    targets.append(try target(item))
                }
            }
            return UnpackTarget(targets: targets, starIndex: star, line: line)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", e.location)
        default:
            throw syntaxError("cannot assign to \(describe(e))", e.location)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant: return "literal"
        case .binary, .unary, .boolean: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .conditional: return "conditional expression"
        case .listComprehension: return "list comprehension"
        case .dictComprehension: return "dict comprehension"
        case .setComprehension: return "set comprehension"
        case .generatorExpression: return "generator expression"
        case .fString: return "f-string expression"
        case .namedExpr: return "named expression"
        default: return "expression"
        }
    }
}

/// Several statements compiled from one (e.g. `import a, b`).
final class BlockStmt: StmtNode {
    let block: Block
    init(_ block: Block, line: Int) {
        self.block = block
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow { try block.exec(f) }
}

/// `from module import *`: binds every public name of a built-in module.
final class ImportStarStmt: StmtNode {
    let module: String
    init(module: String, line: Int) {
        self.module = module
        super.init(line: line)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let m = try f.interp.importModule(module)
        for (name, value) in m.dict where !name.hasPrefix("_") {
            f.globals[name] = value
        }
        return .normal
    }
}

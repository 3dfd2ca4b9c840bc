/// Pass 1 of name resolution: walks the syntax tree and builds the scope tree.
///
/// The compiler later finds the scope of each def/lambda/class/comprehension by its source
/// position (`ScopeMap`), so the two walks need not visit nodes in the same order.
struct ScopeKey: Hashable {
    let line: Int
    let column: Int
    let tag: Int
}

final class ScopeMap {
    private var scopes: [ScopeKey: [Scope]] = [:]
    func add(_ key: ScopeKey, _ scope: Scope) { scopes[key, default: []].append(scope) }
    /// Takes the next scope recorded at this key (positions inside f-strings can repeat).
    func take(_ key: ScopeKey) -> Scope {
        guard var list = scopes[key], !list.isEmpty else { fatalError("no scope recorded at \(key)") }
        let s = list.removeFirst()
        scopes[key] = list
        return s
    }
}

struct Analyzer {
    let map = ScopeMap()
    private var current: Scope

    init(module: Scope) { self.current = module }

    static func key(_ loc: SourceLocation, _ tag: Int) -> ScopeKey {
        ScopeKey(line: loc.line, column: loc.column, tag: tag)
    }

    // MARK: Statements

    mutating func visit(_ body: [Stmt]) throws {
        for s in body { try visit(s) }
    }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .expression(let e):
            try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { current.used.insert(n) }
            try visitTarget(target)
        case .annotatedAssign(let target, let annotation, let value):
            if let v = value { try visit(v) }
            if current.kind == .module || current.kind == .classBody { try visit(annotation) }
            if value != nil || current.kind != .module { try visitTarget(target) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            try visit(body)
            try visit(orElse)
        case .for(let target, let iterable, let body, let orElse):
            try visit(iterable)
            try visitTarget(target)
            try visit(body)
            try visit(orElse)
        case .break, .continue, .pass:
            break
        case .return(let v):
            if let v = v { try visit(v) }
        case .functionDef(let def):
            for d in def.decorators { try visit(d) }
            try visitDefaults(def.parameters)
            let p = def.parameters
            for param in p.positionalOnly + p.regular + p.keywordOnly + [p.varArgs, p.varKeywords].compactMap({ $0 }) {
                if let a = param.annotation { try visit(a) }
            }
            if let r = def.returns { try visit(r) }
            current.bind(def.name)
            try visitFunction(name: def.name, parameters: def.parameters, location: s.location, tag: 1) { a in
                try a.visit(def.body)
            }
        case .classDef(let cls):
            for d in cls.decorators { try visit(d) }
            for b in cls.bases { try visit(b) }
            for (_, k) in cls.keywords { try visit(k) }
            current.bind(cls.name)
            let scope = Scope(kind: .classBody, name: cls.name, parent: current)
            current.children.append(scope)
            map.add(Analyzer.key(s.location, 2), scope)
            let saved = current
            current = scope
            try visit(cls.body)
            current = saved
        case .try(let body, let handlers, let orElse, let finally):
            try visit(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.bind(n) }
                try visit(h.body)
            }
            try visit(orElse)
            try visit(finally)
        case .raise(let e, let cause):
            if let e = e { try visit(e) }
            if let c = cause { try visit(c) }
        case .assert(let test, let message):
            try visit(test)
            if let m = message { try visit(m) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            try visit(body)
        case .global(let names):
            for n in names { current.globals.insert(n) }
        case .nonlocal(let names):
            if current.kind == .module {
                throw SyntaxError(message: "nonlocal declaration not allowed at module level", location: s.location)
            }
            for n in names { current.nonlocals.insert(n) }
        case .import(let aliases):
            for a in aliases {
                current.bind(a.asName ?? String(a.name.split(separator: ".")[0]))
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asName ?? a.name) }
        }
    }

    private mutating func visitDefaults(_ p: Parameters) throws {
        for param in p.positionalOnly + p.regular + p.keywordOnly {
            if let d = param.defaultValue { try visit(d) }
        }
    }

    private mutating func visitFunction(name: String, parameters p: Parameters, location: SourceLocation, tag: Int,
                                        body: (inout Analyzer) throws -> Void) throws {
        let scope = Scope(kind: .function, name: name, parent: current)
        current.children.append(scope)
        map.add(Analyzer.key(location, tag), scope)
        for param in p.positionalOnly + p.regular + p.keywordOnly { scope.bind(param.name) }
        if let v = p.varArgs { scope.bind(v.name) }
        if let k = p.varKeywords { scope.bind(k.name) }
        let saved = current
        current = scope
        try body(&self)
        current = saved
    }

    // MARK: Targets

    mutating func visitTarget(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            current.bind(n)
        case .tuple(let items), .list(let items):
            for i in items { try visitTarget(i) }
        case .starred(let inner):
            try visitTarget(inner)
        case .attribute(let o, _):
            try visit(o)
        case .subscript(let o, let i):
            try visit(o)
            try visit(i)
        default:
            try visit(e)
        }
    }

    // MARK: Expressions

    mutating func visit(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            current.used.insert(n)
            if n == "super" { current.usesSuper = true }
        case .constant:
            break
        case .fString(let parts):
            try visitFString(parts)
        case .unary(_, let x), .starred(let x), .attribute(let x, _):
            try visit(x)
        case .binary(let a, _, let b), .subscript(let a, let b):
            try visit(a)
            try visit(b)
        case .boolean(_, let xs), .tuple(let xs), .list(let xs), .set(let xs):
            for x in xs { try visit(x) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, x) in rest { try visit(x) }
        case .call(let f, let args):
            try visit(f)
            for a in args {
                switch a {
                case .positional(let x), .starred(let x), .keyword(_, let x), .doubleStarred(let x): try visit(x)
                }
            }
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x = x { try visit(x) } }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v):
                    try visit(k)
                    try visit(v)
                case .unpack(let x): try visit(x)
                }
            }
        case .conditional(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .lambda(let params, let body):
            try visitDefaults(params)
            try visitFunction(name: "<lambda>", parameters: params, location: e.location, tag: 3) { a in
                try a.visit(body)
            }
        case .listComprehension(let elt, let gens), .setComprehension(let elt, let gens):
            try visitComprehension(gens, location: e.location, tag: 4, isGenerator: false) { a in try a.visit(elt) }
        case .dictComprehension(let k, let v, let gens):
            try visitComprehension(gens, location: e.location, tag: 4, isGenerator: false) { a in
                try a.visit(k)
                try a.visit(v)
            }
        case .generatorExpression(let elt, let gens):
            try visitComprehension(gens, location: e.location, tag: 5, isGenerator: true) { a in try a.visit(elt) }
        case .yield(let v):
            current.isGenerator = true
            if let v = v { try visit(v) }
        case .yieldFrom(let v):
            current.isGenerator = true
            try visit(v)
        case .namedExpr(let n, let v):
            try visit(v)
            current.walrusTarget.bind(n)
            if current.kind == .comprehension { current.walrusTarget.used.insert(n) }
        }
    }

    private mutating func visitFString(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .field(let x, _, let spec, _) = p {
                try visit(x)
                if let spec = spec { try visitFString(spec) }
            }
        }
    }

    /// The first iterable belongs to the enclosing scope; the rest to the comprehension's.
    private mutating func visitComprehension(_ gens: [Comprehension], location: SourceLocation, tag: Int,
                                             isGenerator: Bool, element: (inout Analyzer) throws -> Void) throws {
        try visit(gens[0].iterable)
        let scope = Scope(kind: isGenerator ? .function : .comprehension, name: isGenerator ? "<genexpr>" : "<listcomp>", parent: current)
        scope.isGenerator = isGenerator
        if isGenerator { scope.bind(".0") }
        current.children.append(scope)
        map.add(Analyzer.key(location, tag), scope)
        let saved = current
        current = scope
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iterable) }
            try visitTarget(g.target)
            for c in g.conditions { try visit(c) }
        }
        try element(&self)
        current = saved
    }
}

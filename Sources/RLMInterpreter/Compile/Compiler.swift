import BigInt

/// Lowers the syntax tree to evaluation nodes, using the resolved scopes to give every name a
/// fixed location (local slot, cell, global slot, or class namespace).
///
/// One `FrameContext` exists per code object being compiled (module, function, class body,
/// generator expression); comprehensions compile inline into the context of their owner, with
/// fresh slots for their variables.
final class FrameContext {
    let code: FunctionCode
    let owner: Scope
    /// Closure cells come first in a frame's cell array.
    let freeIndex: [String: Int]
    private var slots: [ScopeKeyName: Int] = [:]
    private var ownCells: [ScopeKeyName: Int] = [:]
    var nextSlot = 0
    var ownCellCount = 0

    struct ScopeKeyName: Hashable {
        let scope: ObjectIdentifier
        let name: String
    }

    init(code: FunctionCode, owner: Scope) {
        self.code = code
        self.owner = owner
        var free: [String: Int] = [:]
        for (i, n) in owner.free.enumerated() { free[n] = i }
        self.freeIndex = free
    }

    func slot(_ scope: Scope, _ name: String) -> Int {
        let k = ScopeKeyName(scope: ObjectIdentifier(scope), name: name)
        if let s = slots[k] { return s }
        let s = nextSlot
        nextSlot += 1
        slots[k] = s
        return s
    }

    func ownCell(_ scope: Scope, _ name: String) -> Int {
        let k = ScopeKeyName(scope: ObjectIdentifier(scope), name: name)
        if let c = ownCells[k] { return c }
        let c = freeIndex.count + ownCellCount
        ownCellCount += 1
        ownCells[k] = c
        return c
    }

    func finish() {
        code.slotCount = nextSlot
        code.cellCount = ownCellCount
    }
}

enum NameLocation {
    case slot(Int)
    case cell(Int)
    case global(Int)
    /// A name bound in a class body: the class namespace, falling back to this global slot.
    case classLocal(Int)
}

public final class Compiler {
    let globals: Globals
    let filename: String
    let map: ScopeMap
    var scope: Scope
    var context: FrameContext
    /// Qualified-name prefix of the code being compiled ("Outer.method.<locals>.").
    var qualifiedPrefix = ""
    /// Counts yields compiled, so blocks know whether they may suspend.
    var yieldCount = 0
    /// How many loop bodies enclose the statement being compiled (in the current function
    /// or class body), for "'break' outside loop".
    var loopDepth = 0

    init(globals: Globals, filename: String, map: ScopeMap, module: Scope, code: FunctionCode) {
        self.globals = globals
        self.filename = filename
        self.map = map
        self.scope = module
        self.context = FrameContext(code: code, owner: module)
    }

    /// Compiles a module (one REPL cell, or a whole program) against a session's globals.
    static func compileModule(_ module: Module, globals: Globals, filename: String) throws -> FunctionCode {
        let moduleScope = Scope(kind: .module, name: "<module>", parent: nil)
        var analyzer = Analyzer(module: moduleScope)
        try analyzer.visit(module.body)
        try moduleScope.resolve()
        let code = FunctionCode(name: "<module>", qualifiedName: "<module>", filename: filename)
        let compiler = Compiler(globals: globals, filename: filename, map: analyzer.map, module: moduleScope, code: code)
        try compiler.futureImports(module.body)
        code.body = try compiler.block(module.body)
        compiler.context.finish()
        return code
    }

    /// Checks `from __future__ import ...` statements (only at the start of a module, only
    /// known features) and turns on the ones the compiler acts on.
    func futureImports(_ body: [Stmt]) throws {
        var atStart = true
        for (i, s) in body.enumerated() {
            if case .importFrom(let module, let names, let level) = s.kind, module == "__future__", level == 0 {
                if !atStart {
                    throw syntaxError("from __future__ imports must occur at the beginning of the file", s.location)
                }
                for n in names {
                    if n.name == "braces" { throw syntaxError("not a chance", s.location) }
                    guard futureFeatures.contains(where: { $0.0 == n.name }) else {
                        throw syntaxError("future feature \(n.name) is not defined", s.location)
                    }
                    if n.name == "annotations" { globals.futureAnnotations = true }
                }
            } else if i == 0, case .expression(let e) = s.kind, case .constant(.str) = e.kind {
                continue
            } else {
                atStart = false
            }
        }
    }

    // MARK: Names

    func locate(_ name: String, in s: Scope) -> NameLocation {
        switch s.kind {
        case .module:
            return .global(globals.slot(for: name))
        case .comprehension:
            if s.isLocal(name) {
                return s.cells.contains(name) ? .cell(context.ownCell(s, name)) : .slot(context.slot(s, name))
            }
            return locate(name, in: s.parent!)
        case .function:
            if s.globals.contains(name) { return .global(globals.slot(for: name)) }
            if let i = context.freeIndex[name], s === context.owner { return .cell(i) }
            if s.isLocal(name) {
                return s.cells.contains(name) ? .cell(context.ownCell(s, name)) : .slot(context.slot(s, name))
            }
            return .global(globals.slot(for: name))
        case .classBody:
            if s.globals.contains(name) { return .global(globals.slot(for: name)) }
            if name == "__class__" && s.cells.contains(name) { return .cell(context.ownCell(s, name)) }
            if s.isLocal(name) { return .classLocal(globals.slot(for: name)) }
            if let i = context.freeIndex[name], s === context.owner { return .cell(i) }
            return .global(globals.slot(for: name))
        }
    }

    func load(_ name: String, line: Int) -> ExprNode {
        switch locate(name, in: scope) {
        case .slot(let s): return LocalNode(slot: s, name: name, line: line)
        case .cell(let c): return CellNode(index: c, name: name, line: line)
        case .global(let g): return GlobalNode(slot: g, name: name, line: line)
        case .classLocal(let g): return ClassNameNode(name: name, globalSlot: g, line: line)
        }
    }

    func store(_ name: String, line: Int) -> TargetNode {
        switch locate(name, in: scope) {
        case .slot(let s): return LocalTarget(slot: s, name: name, line: line)
        case .cell(let c): return CellTarget(index: c, name: name, line: line)
        case .global(let g): return GlobalTarget(slot: g, name: name, line: line)
        case .classLocal: return ClassNameTarget(name: name, line: line)
        }
    }

    func syntaxError(_ message: String, _ loc: SourceLocation) -> SyntaxError {
        SyntaxError(message: message, location: loc)
    }

    // MARK: Functions and classes

    /// Compiles a def or lambda body into a MakeFunctionNode evaluated in the current frame.
    func makeFunction(name: String, parameters p: Parameters, location: SourceLocation, tag: Int,
                      body: (Compiler) throws -> Block) throws -> MakeFunctionNode {
        let fscope = map.take(Analyzer.key(location, tag))
        let qualified = qualifiedPrefix + name
        let code = FunctionCode(name: name, qualifiedName: qualified, filename: filename)
        let ctx = FrameContext(code: code, owner: fscope)

        var spec = ParameterSpec()
        let named = p.positionalOnly + p.regular + p.keywordOnly
        spec.names = named.map { $0.name }
        spec.positionalOnlyCount = p.positionalOnly.count
        spec.positionalCount = p.positionalOnly.count + p.regular.count
        spec.keywordOnlyCount = p.keywordOnly.count
        spec.hasVarArgs = p.varArgs != nil
        spec.hasVarKeywords = p.varKeywords != nil
        var allNames = spec.names
        if let v = p.varArgs { allNames.append(v.name) }
        if let k = p.varKeywords { allNames.append(k.name) }
        for n in allNames {
            let slot = ctx.slot(fscope, n)
            spec.slotOfName[n] = slot
            if fscope.cells.contains(n) { code.cellParameters.append((slot, ctx.ownCell(fscope, n))) }
        }
        code.parameters = spec
        code.isGenerator = fscope.isGenerator

        // Defaults are evaluated in the enclosing scope.
        var defaults: [ExprNode] = []
        for param in p.positionalOnly + p.regular {
            if let d = param.defaultValue { defaults.append(try expr(d)) }
        }
        var keywordDefaults: [(String, ExprNode)] = []
        for param in p.keywordOnly {
            if let d = param.defaultValue { keywordDefaults.append((param.name, try expr(d))) }
        }
        let closure = try closureCells(for: fscope, at: location)

        let (savedScope, savedContext, savedPrefix, savedYields) = (scope, context, qualifiedPrefix, yieldCount)
        let savedLoopDepth = loopDepth
        scope = fscope
        context = ctx
        qualifiedPrefix = qualified + ".<locals>."
        loopDepth = 0
        defer {
            (scope, context, qualifiedPrefix, yieldCount) = (savedScope, savedContext, savedPrefix, savedYields)
            loopDepth = savedLoopDepth
        }
        code.body = try body(self)
        ctx.finish()
        return MakeFunctionNode(code: code, defaults: defaults, keywordDefaults: keywordDefaults,
                                closureCells: closure, line: location.line)
    }

    /// Where each free variable of an inner scope lives in the current frame (always a cell).
    func closureCells(for inner: Scope, at location: SourceLocation) throws -> [Int] {
        try inner.free.map { name in
            guard case .cell(let c) = locate(name, in: scope) else {
                throw syntaxError("internal error: free variable '\(name)' is not a cell", location)
            }
            return c
        }
    }

    func classDefinition(_ cls: ClassDef, _ location: SourceLocation) throws -> StmtNode {
        let cscope = map.take(Analyzer.key(location, 2))
        let bases = try cls.bases.map { try expr($0) }
        var keywords: [(String, ExprNode)] = []
        for (k, v) in cls.keywords {
            if k == "metaclass" { throw syntaxError("metaclasses are not supported in the sandbox", location) }
            keywords.append((k, try expr(v)))
        }
        let decorators = try cls.decorators.map { try expr($0) }
        let qualified = qualifiedPrefix + cls.name
        let code = FunctionCode(name: cls.name, qualifiedName: qualified, filename: filename)
        code.isClassBody = true
        let ctx = FrameContext(code: code, owner: cscope)
        let closure = try closureCells(for: cscope, at: location)

        let (savedScope, savedContext, savedPrefix, savedLoopDepth) = (scope, context, qualifiedPrefix, loopDepth)
        scope = cscope
        context = ctx
        qualifiedPrefix = qualified + "."
        loopDepth = 0
        let classCell: Int? = cscope.cells.contains("__class__") ? ctx.ownCell(cscope, "__class__") : nil
        code.body = try block(cls.body)
        ctx.finish()
        (scope, context, qualifiedPrefix, loopDepth) = (savedScope, savedContext, savedPrefix, savedLoopDepth)

        let make = MakeClassNode(name: cls.name, qualifiedName: qualified, bases: bases, code: code,
                                 closureCells: closure, classCell: classCell, line: location.line)
        if let first = cls.body.first, case .expression(let e) = first.kind, case .constant(.str(let doc)) = e.kind {
            make.docstring = doc
        }
        return AssignStmt(targets: [store(cls.name, line: location.line)],
                          value: applyDecorators(decorators, to: make, line: location.line), line: location.line)
    }

    func applyDecorators(_ decorators: [ExprNode], to node: ExprNode, line: Int) -> ExprNode {
        var result = node
        for d in decorators.reversed() {
            result = CallNode(callee: d, arguments: CallSiteArguments(positional: [DisplayElement(node: result, spread: false)], keywords: []), line: line)
        }
        return result
    }

    // MARK: Blocks

    func block(_ body: [Stmt]) throws -> Block {
        let before = yieldCount
        var nodes: [StmtNode] = []
        nodes.reserveCapacity(body.count)
        for s in body { nodes.append(try statement(s)) }
        return Block(nodes, mayYield: yieldCount != before)
    }
}

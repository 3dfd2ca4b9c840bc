/// Name resolution, pass 1: build the tree of scopes and record, for each, which names it
/// binds, declares global/nonlocal, and uses. Pass 2 (`resolve`) decides for every name
/// whether it is a local, a cell, a free variable, a global or a class-namespace name, so
/// the compiler can emit nodes that go straight to a slot.
final class Scope {
    enum Kind {
        case module
        case function
        case classBody
        /// A list/set/dict comprehension: its own names, but it runs inline in the frame of
        /// the nearest enclosing non-comprehension scope.
        case comprehension
    }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    var bound: [String] = []                // in first-binding order (parameters first)
    private var boundSet: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var used: Set<String> = []

    // Results of `resolve`.
    /// Locals of this scope that inner scopes capture.
    var cells: Set<String> = []
    /// Names this scope receives from an enclosing function scope.
    var free: [String] = []
    private var freeSet: Set<String> = []
    var usesSuper = false
    var isGenerator = false

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    func addFree(_ name: String) {
        if freeSet.insert(name).inserted { free.append(name) }
    }

    func isFree(_ name: String) -> Bool { freeSet.contains(name) }

    /// Whether `name` is a local of this scope (bound here and not declared global/nonlocal).
    func isLocal(_ name: String) -> Bool {
        boundSet.contains(name) && !globals.contains(name) && !nonlocals.contains(name)
    }

    /// The scope whose frame this scope's code runs in (itself, unless a comprehension).
    var frameOwner: Scope {
        var s = self
        while s.kind == .comprehension, let p = s.parent { s = p }
        return s
    }

    /// The nearest enclosing scope that is not a comprehension (where walrus binds).
    var walrusTarget: Scope {
        var s = self
        while s.kind == .comprehension, let p = s.parent { s = p }
        return s
    }

    // MARK: Pass 2

    /// Resolves free variables bottom-up: every name a scope uses but does not bind is looked
    /// for in the enclosing function scopes; the binding scope makes it a cell and every scope
    /// in between passes it along as a free variable.
    func resolve() throws {
        for c in children { try c.resolve() }
        if kind == .module { return }
        if kind == .comprehension {
            // A comprehension shares its owner's frame: what it does not bind itself, the
            // enclosing scope resolves as its own use.
            for n in used where !isLocal(n) { parent?.used.insert(n) }
            if usesSuper { parent?.usesSuper = true }
            return
        }
        var wanted = Array(used.subtracting(boundSet).subtracting(globals)).sorted()
        wanted += nonlocals.sorted()
        if usesSuper { wanted.append("__class__") }
        for n in Set(wanted).sorted() where !isLocal(n) || nonlocals.contains(n) {
            try captureFromEnclosing(n)
        }
    }

    private func captureFromEnclosing(_ name: String) throws {
        var path: [Scope] = [self]
        var s = parent
        while let scope = s {
            if scope.kind == .module { break }
            if scope.kind == .classBody {
                // Class scopes are invisible to nested functions, except the implicit
                // `__class__` cell that zero-argument super() uses.
                if name == "__class__" && path.last?.kind != .classBody {
                    scope.cells.insert(name)
                    for p in path { p.addFree(name) }
                    return
                }
                path.append(scope)
                s = scope.parent
                continue
            }
            if scope.isLocal(name) {
                // (A comprehension variable's cell lives in its owner's frame.)
                scope.cells.insert(name)
                for p in path where p.kind != .comprehension { p.addFree(name) }
                return
            }
            path.append(scope)
            s = scope.parent
        }
        if nonlocals.contains(name) {
            throw SyntaxError(message: "no binding for nonlocal '\(name)' found", location: SourceLocation(line: 1, column: 1))
        }
        // Not found: a global (or builtin); nothing to capture.
    }
}

// The abstract syntax tree the parser produces: plain data with source positions.
// It mirrors CPython's `ast` module closely (same node names where possible) so that
// Python's grammar documentation maps onto it directly. Nothing here evaluates.

/// A position in the source: 1-based line, 1-based column (in code points, as CPython reports).
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "line \(line), column \(column)" }
}

// MARK: - Expressions

public struct Expr {
    public var kind: ExprKind
    public var location: SourceLocation
    public init(_ kind: ExprKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum Constant {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    /// An integer literal too large for Int: its decimal digits.
    case bigInt(String)
    case float(Double)
    /// An imaginary literal (`3j`): parsed so the error is clear, rejected by the compiler.
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public enum UnaryOperator { case not, negate, plus, invert }

public enum BinaryOperator {
    case add, sub, mul, div, floorDiv, mod, pow, lshift, rshift, bitAnd, bitOr, bitXor, matMul
}

public enum BooleanOperator { case and, or }

public enum ComparisonOperator { case eq, ne, lt, le, gt, ge, `in`, notIn, `is`, isNot }

/// One argument at a call site.
public enum Argument {
    case positional(Expr)
    case starred(Expr)            // *iterable
    case keyword(String, Expr)    // name=value
    case doubleStarred(Expr)      // **mapping
}

public enum DictItem {
    case pair(Expr, Expr)
    case unpack(Expr)             // **mapping
}

/// One `for ... in ... if ...` clause of a comprehension.
public struct Comprehension {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// One piece of an f-string: literal text, or a replacement field.
public enum FStringPart {
    case literal(String)
    /// `{expression!conversion:spec}`; `debugText` is the source text plus `=` for `{x=}`.
    case field(expression: Expr, conversion: Character?, formatSpec: [FStringPart]?, debugText: String?)
}

public struct Parameter {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    /// `name: annotation` (only in def, never in lambda).
    public var annotation: Expr?
    public init(name: String, defaultValue: Expr?, location: SourceLocation, annotation: Expr? = nil) {
        self.name = name
        self.defaultValue = defaultValue
        self.location = location
        self.annotation = annotation
    }
}

/// A function's parameter list: `def f(a, /, b, *args, c, **kwargs)`.
public struct Parameters {
    public var positionalOnly: [Parameter] = []
    public var regular: [Parameter] = []
    public var varArgs: Parameter?
    public var keywordOnly: [Parameter] = []
    public var varKeywords: Parameter?
    public init() {}
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    case fString([FStringPart])
    case unary(UnaryOperator, Expr)
    case binary(Expr, BinaryOperator, Expr)
    /// `a and b and c`: two or more operands.
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c`: the first operand, then each operator with its right operand.
    case compare(Expr, [(ComparisonOperator, Expr)])
    case call(Expr, [Argument])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// Only inside a subscript: `lower:upper:step`.
    case slice(Expr?, Expr?, Expr?)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    /// `*x` in a display, an assignment target or a call.
    case starred(Expr)
    /// `body if test else orElse`
    case conditional(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, Expr)
    case listComprehension(Expr, [Comprehension])
    case setComprehension(Expr, [Comprehension])
    case dictComprehension(key: Expr, value: Expr, [Comprehension])
    case generatorExpression(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `name := value`
    case namedExpr(String, Expr)
}

// MARK: - Statements

public struct Stmt {
    public var kind: StmtKind
    public var location: SourceLocation
    public init(_ kind: StmtKind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public struct FunctionDef {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    /// The `-> annotation`.
    public var returns: Expr?
    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], returns: Expr? = nil) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    /// `metaclass=` and other class keywords; the compiler rejects what it does not support.
    public var keywords: [(String, Expr)]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [(String, Expr)], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct ExceptHandler {
    /// nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `import a.b as c` / `from m import x as y`: `name` is the dotted name or the imported name.
public struct ImportAlias {
    public var name: String
    public var asName: String?
    public init(name: String, asName: String?) {
        self.name = name
        self.asName = asName
    }
}

public indirect enum StmtKind {
    case expression(Expr)
    /// `a = b = value`: one or more targets.
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 3`; the annotation is kept only so it can be checked for syntax.
    case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
    case `break`
    case `continue`
    case pass
    case `return`(Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case raise(exception: Expr?, cause: Expr?)
    case assert(test: Expr, message: Expr?)
    case delete([Expr])
    case with([WithItem], body: [Stmt])
    case global([String])
    case nonlocal([String])
    case `import`([ImportAlias])
    case importFrom(module: String, names: [ImportAlias], level: Int)
}

/// A parsed program: a module's statements.
public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

/// A syntax error with CPython's wording where it matters (models read these).
public struct SyntaxError: Error, CustomStringConvertible {
    /// "SyntaxError" or "IndentationError" (a subclass in Python).
    public var kind: String
    public var message: String
    public var location: SourceLocation
    /// The offending source line, for the caret display.
    public var lineText: String
    public init(kind: String = "SyntaxError", message: String, location: SourceLocation, lineText: String = "") {
        self.kind = kind
        self.message = message
        self.location = location
        self.lineText = lineText
    }
    public var description: String { "\(kind): \(message) (\(location))" }
}

// Tokens produced by the Lexer and consumed by the Parser.
// The lexer runs over the whole source before parsing starts, so that tokenizer errors
// anywhere in the file win over parser errors, as CPython's full-source check arranges.

/// Operators and delimiters. Raw values are the source spelling, used in messages.
enum TokenOp: String {
    case lpar = "(", rpar = ")", lsqb = "[", rsqb = "]", lbrace = "{", rbrace = "}"
    case colon = ":", comma = ",", semi = ";", dot = ".", ellipsis = "...", arrow = "->"
    case plus = "+", minus = "-", star = "*", slash = "/", doubleSlash = "//", percent = "%"
    case doubleStar = "**", at = "@", vbar = "|", amper = "&", circumflex = "^", tilde = "~"
    case leftShift = "<<", rightShift = ">>"
    case less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">=", eqEqual = "==", notEqual = "!="
    case equal = "=", colonEqual = ":="
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", doubleSlashEqual = "//="
    case percentEqual = "%=", doubleStarEqual = "**=", atEqual = "@=", vbarEqual = "|=", amperEqual = "&="
    case circumflexEqual = "^=", leftShiftEqual = "<<=", rightShiftEqual = ">>="

    /// The binary operator an augmented assignment applies.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .atEqual: return .matMul
        case .vbarEqual: return .bitOr
        case .amperEqual: return .bitAnd
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        default: return nil
        }
    }
}

/// Python 3.11's hard keywords. Soft keywords (match, case, _) stay names.
enum PyKeyword: String {
    case `false` = "False", `none` = "None", `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`
    case except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal
    case not, or, pass, raise, `return`, `try`, `while`, with, yield
}

/// Keyword lookup by spelling (a hash lookup rather than PyKeyword(rawValue:)'s comparisons).
let keywordTable: [String: PyKeyword] = {
    var table: [String: PyKeyword] = [:]
    for keyword in [PyKeyword.false, .none, .true, .and, .as, .assert, .async, .await, .break, .class, .continue,
                    .def, .del, .elif, .else, .except, .finally, .for, .from, .global, .if, .import, .in, .is,
                    .lambda, .nonlocal, .not, .or, .pass, .raise, .return, .try, .while, .with, .yield] {
        table[keyword.rawValue] = keyword
    }
    return table
}()

/// A string literal token, kept undecoded: decoding happens in the parser so that literal
/// concatenation and f-string parsing see the raw body.
struct StringToken {
    var isRaw: Bool
    var isBytes: Bool
    var isFormatted: Bool
    /// 1 or 3.
    var quoteLength: Int
    /// Scalar offsets of the body (between the quotes) in the source.
    var bodyStart: Int
    var bodyEnd: Int
}

enum TokenKind {
    case name(String)
    case keyword(PyKeyword)
    case op(TokenOp)
    case number(Constant)
    case string(StringToken)
    case newline
    case indent
    case dedent
    case endMarker
    /// Where the tokenizer failed; see LexResult.error.
    case error
    /// A character that starts no token (`$`, `?`, a lone `!`): CPython's tokenizer passes it
    /// on and the parser rejects it, so tokenizing goes on past it.
    case unknown
}

struct Token {
    var kind: TokenKind
    var start: SourceLocation
    /// Scalar offsets of the token's text in the source (INDENT/DEDENT: empty ranges).
    var startOffset: Int
    var endOffset: Int
    /// Number of brackets open before this token (CPython's `level`), used to decide
    /// whether "Perhaps you forgot a comma?" applies.
    var level: Int

    func isOp(_ op: TokenOp) -> Bool {
        if case .op(let o) = kind { return o == op }
        return false
    }

    func isKeyword(_ keyword: PyKeyword) -> Bool {
        if case .keyword(let k) = kind { return k == keyword }
        return false
    }

    var isNewline: Bool {
        if case .newline = kind { return true }
        return false
    }

    var isEnd: Bool {
        if case .endMarker = kind { return true }
        return false
    }

    var nameValue: String? {
        if case .name(let n) = kind { return n }
        return nil
    }

    var isString: Bool {
        if case .string = kind { return true }
        return false
    }
}

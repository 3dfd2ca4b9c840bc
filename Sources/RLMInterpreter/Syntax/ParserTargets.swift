// Assignment, deletion and loop targets: validation and CPython's names for expression
// kinds, which its error messages use ("cannot assign to function call").

enum TargetContext {
    case assignment, forTarget, deletion, with
}

extension Parser {
    /// _PyPegen_get_expr_name.
    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolean, .binary, .unary: return "expression"
        case .generatorExpression: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fString: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .conditional: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// _PyPegen_get_invalid_target: the first part of `e` that cannot be assigned to
    /// (or deleted), or nil when `e` is a valid target.
    func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .list(let items), .tuple(let items):
            for item in items {
                if let bad = invalidTarget(item, context) { return bad }
            }
            return nil
        case .starred(let inner):
            return context == .deletion ? e : invalidTarget(inner, context)
        case .compare(let left, let rest):
            // `for a in b` can reach here as a comparison: look at its left side.
            if context == .forTarget, let first = rest.first, case .in = first.0 {
                return invalidTarget(left, context)
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    func validateTarget(_ e: Expr, _ context: TargetContext) throws {
        guard let bad = invalidTarget(e, context) else { return }
        let verb = context == .deletion ? "delete" : "assign to"
        throw error("cannot \(verb) \(describe(bad))", at: bad.location)
    }

    /// Whether `e` can be a complete bitwise_or in CPython's grammar (not a comparison,
    /// boolean, `not`, conditional, lambda, starred item or bare tuple).
    func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .boolean, .compare, .conditional, .lambda, .starred, .tuple, .namedExpr, .slice:
            return false
        case .unary(let op, _):
            return op != .not
        default:
            return true
        }
    }

    /// CPython skips its "Maybe you meant '=='" suggestion when the target begins with a
    /// list or tuple display, a generator expression, True, False or None.
    func startsWithDisplayOrSingleton(_ e: Expr) -> Bool {
        var leftmost = e
        while true {
            switch leftmost.kind {
            case .call(let f, _): leftmost = f
            case .attribute(let v, _): leftmost = v
            case .subscript(let v, _): leftmost = v
            case .binary(let l, _, _): leftmost = l
            case .list, .tuple, .generatorExpression: return true
            case .constant(let c):
                switch c {
                case .bool, .none: return true
                default: return false
                }
            default: return false
            }
        }
    }

    /// Assignment targets of `t1 = t2 = value`, with CPython's choice of message.
    /// `firstEqual` is the token index of the first '='.
    func validateAssignmentTargets(_ targets: [Expr], firstEqual: Int) throws {
        guard targets.contains(where: { invalidTarget($0, .assignment) != nil }) else { return }
        // CPython first re-reads the statement's first target as a named expression, where
        // `target = something` earns the "Maybe you meant '=='" suggestions.
        var candidate = targets[0]
        if case .tuple(let items) = candidate.kind, candidate.location.line == items.first?.location.line,
           candidate.location.column == items.first?.location.column, let last = items.last {
            candidate = last
        }
        if case .starred = candidate.kind {} else {
            let savedPos = pos
            pos = firstEqual
            try checkMistakenAssignment(candidate)
            pos = savedPos
        }
        for target in targets {
            guard let bad = invalidTarget(target, .assignment) else { continue }
            switch bad.kind {
            case .yield, .yieldFrom:
                throw error("assignment to yield expression not possible", at: bad.location)
            default:
                throw error("cannot assign to \(describe(bad))", at: bad.location)
            }
        }
    }
}

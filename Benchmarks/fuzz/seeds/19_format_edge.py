vals = [0, -1, 3.5, -0.0, 1e100, float("nan"), float("inf"), 10**25, "str", True, None, (1, 2), [3]]
specs = ["", ">8", "<8", "^8", "08", "+", ".3", ".3f", "e", "%", "x", ",", "_", "#o", "s", "r"]
for v in vals:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    print(repr(v), "|".join(out))
for tmpl in ["{}", "{0}{0}", "{x}", "{0!r:>5}", "{:{}}", "{{}}", "{0[0]}", "{1.real}", "%s %r", "%(a)s"]:
    try:
        print(tmpl, "->", tmpl.format(*[[7], 4], x=1) if "%" not in tmpl else tmpl % ({"a": 1} if "(a)" in tmpl else (1, "q")))
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(tmpl, "error", type(e).__name__)

import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class ExceptionTests: XCTestCase {
    func testTryExceptElseFinallyOrder() {
        assertPython(#"""
            def run(fail):
                log = []
                try:
                    log.append("try")
                    if fail:
                        raise ValueError("x")
                    log.append("try-end")
                except ValueError:
                    log.append("except")
                else:
                    log.append("else")
                finally:
                    log.append("finally")
                return log
            print(run(False))
            print(run(True))
            def finally_overrides():
                try:
                    raise KeyError
                finally:
                    return "finally return swallows"
            print(finally_overrides())
            def nested():
                try:
                    try:
                        raise TypeError("inner")
                    finally:
                        print("inner finally")
                except TypeError as e:
                    print("outer caught", e)
                finally:
                    print("outer finally")
            nested()

            """#, prints: #"""
            ['try', 'try-end', 'else', 'finally']
            ['try', 'except', 'finally']
            finally return swallows
            inner finally
            outer caught inner
            outer finally

            """#)
    }

    func testExceptMatching() {
        assertPython(#"""
            def classify(exc):
                try:
                    raise exc
                except (KeyError, IndexError) as e:
                    return f"lookup-ish {type(e).__name__}"
                except ArithmeticError as e:
                    return f"arith {type(e).__name__}"
                except Exception as e:
                    return f"generic {type(e).__name__}"
            for exc in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), UnicodeDecodeError("utf-8", b"", 0, 1, "r")):
                print(classify(exc))
            try:
                raise LookupError
            except KeyError:
                print("no")
            except LookupError:
                print("base class caught")
            try:
                try:
                    raise ValueError("v")
                except TypeError:
                    print("wrong handler")
            except ValueError as e:
                print("propagated", e)

            """#, prints: #"""
            lookup-ish KeyError
            lookup-ish IndexError
            arith ZeroDivisionError
            arith OverflowError
            generic ValueError
            generic UnicodeDecodeError
            base class caught
            propagated v

            """#)
    }

    func testExceptionVariableCleared() {
        assertPython(#"""
            try:
                raise ValueError("x")
            except ValueError as err:
                pass
            try:
                err
            except NameError as e:
                print(e)

            """#, prints: "name 'err' is not defined\n")
    }

    func testRaiseForms() {
        assertPython(#"""
            try:
                raise ValueError
            except ValueError as e:
                print(repr(e), e.args)
            try:
                raise ValueError("msg", 2)
            except ValueError as e:
                print(repr(e), str(e), e.args)
            try:
                raise 5
            except TypeError as e:
                print(e)
            try:
                raise
            except RuntimeError as e:
                print(e)
            class NotExc: pass
            try:
                raise NotExc
            except TypeError as e:
                print(e)

            """#, prints: #"""
            ValueError() ()
            ValueError('msg', 2) ('msg', 2) ('msg', 2)
            exceptions must derive from BaseException
            No active exception to reraise
            exceptions must derive from BaseException

            """#)
    }

    func testBareReraise() {
        assertPython(#"""
            def handler():
                try:
                    {}["key"]
                except KeyError:
                    print("logging then re-raising")
                    raise
            try:
                handler()
            except KeyError as e:
                print("outer got", repr(e))
            try:
                try:
                    raise ValueError("first")
                except ValueError:
                    try:
                        raise TypeError("second")
                    except TypeError:
                        pass
                    raise
            except Exception as e:
                print("re-raised", type(e).__name__, e)

            """#, prints: #"""
            logging then re-raising
            outer got KeyError('key')
            re-raised ValueError first

            """#)
    }

    func testRaiseFromAndCause() {
        assertPython(#"""
            try:
                try:
                    int("abc")
                except ValueError as e:
                    raise RuntimeError("conversion failed") from e
            except RuntimeError as e:
                print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
                print(e.__suppress_context__)
            try:
                try:
                    1 / 0
                except ZeroDivisionError:
                    raise KeyError("k") from None
            except KeyError as e:
                print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
            try:
                raise ValueError("a") from TypeError("b")
            except ValueError as e:
                print(repr(e.__cause__), e.__context__)

            """#, prints: #"""
            conversion failed | cause: ValueError("invalid literal for int() with base 10: 'abc'") | context: ValueError("invalid literal for int() with base 10: 'abc'")
            True
            None ZeroDivisionError('division by zero') True
            TypeError('b') None

            """#)
    }

    func testImplicitContext() {
        assertPython(#"""
            try:
                try:
                    raise ValueError("original")
                except ValueError:
                    raise TypeError("during handling")
            except TypeError as e:
                print(repr(e.__context__), e.__cause__, e.__suppress_context__)
            try:
                try:
                    raise ValueError("in try")
                finally:
                    raise KeyError("in finally")
            except KeyError as e:
                print(repr(e.__context__))
            e = ValueError("fresh")
            print(e.__context__, e.__cause__)

            """#, prints: #"""
            ValueError('original') None False
            ValueError('in try')
            None None

            """#)
    }

    func testExceptionAttributes() {
        assertPython(#"""
            e = KeyError("k")
            print(e.args, str(e), repr(e))
            e3 = Exception()
            print(repr(str(e3)), repr(e3))
            e4 = Exception("a", "b")
            print(str(e4), repr(e4))
            print(repr(ValueError("quote's")), repr(IndexError(3)))
            s = StopIteration(7)
            print(s.value, s.args)
            err = ValueError("x")
            err.extra = "custom"
            print(err.extra)

            """#, prints: #"""
            ('k',) 'k' KeyError('k')
            '' Exception()
            ('a', 'b') Exception('a', 'b')
            ValueError("quote's") IndexError(3)
            7 (7,)
            custom

            """#)
    }

    func testExceptionHierarchy() {
        assertPython(#"""
            for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, GeneratorExit, TimeoutError):
                print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])

            """#, prints: #"""
            ZeroDivisionError ['ArithmeticError', 'Exception', 'BaseException', 'object']
            KeyError ['LookupError', 'Exception', 'BaseException', 'object']
            IndexError ['LookupError', 'Exception', 'BaseException', 'object']
            FileNotFoundError ['OSError', 'Exception', 'BaseException', 'object']
            UnicodeDecodeError ['UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object']
            RecursionError ['RuntimeError', 'Exception', 'BaseException', 'object']
            NotImplementedError ['RuntimeError', 'Exception', 'BaseException', 'object']
            ModuleNotFoundError ['ImportError', 'Exception', 'BaseException', 'object']
            StopIteration ['Exception', 'BaseException', 'object']
            KeyboardInterrupt ['BaseException', 'object']
            GeneratorExit ['BaseException', 'object']
            TimeoutError ['OSError', 'Exception', 'BaseException', 'object']

            """#)
    }

    func testNameErrors() {
        assertPython(#"""
            def f():
                return undefined_name
            try:
                f()
            except NameError as e:
                print(e)
            try:
                print(undefined_global)
            except NameError as e:
                print(e)
            try:
                del never_defined
            except NameError as e:
                print(e)
            try:
                prnt("x")
            except NameError as e:
                print(e)

            """#, prints: #"""
            name 'undefined_name' is not defined
            name 'undefined_global' is not defined
            name 'never_defined' is not defined
            name 'prnt' is not defined

            """#)
    }

    func testUnboundLocalErrors() {
        assertPython(#"""
            x = 10
            def f():
                print(x)
                x = 5
            try:
                f()
            except UnboundLocalError as e:
                print(e)
            def g():
                if False:
                    y = 1
                return y
            try:
                g()
            except UnboundLocalError as e:
                print(e)
            def outer():
                def inner():
                    return z
                try:
                    inner()
                except NameError as e:
                    print(type(e).__name__, e)
                z = 1
            outer()
            print(issubclass(UnboundLocalError, NameError))

            """#, prints: #"""
            cannot access local variable 'x' where it is not associated with a value
            cannot access local variable 'y' where it is not associated with a value
            NameError cannot access free variable 'z' where it is not associated with a value in enclosing scope
            True

            """#)
    }

    func testArgumentCountErrors() {
        assertPython(#"""
            def f(x): pass
            def g(a, b): pass
            def h(a, b=1): pass
            def k(*, key): pass
            def m(a, /, b): pass
            class C:
                def method(self, x): pass
            tests = [lambda: f(), lambda: g(1, 2, 3), lambda: g(), lambda: h(1, 2, 3), lambda: f(1, x=2),
                     lambda: f(y=1), lambda: k(), lambda: k(1), lambda: m(a=1, b=2), lambda: C().method(),
                     lambda: C().method(1, 2), lambda: C.method(), lambda: (lambda q: q)(), lambda: g(1, a=1)]
            for t in tests:
                try:
                    t()
                except TypeError as e:
                    print(e)

            """#, prints: #"""
            f() missing 1 required positional argument: 'x'
            g() takes 2 positional arguments but 3 were given
            g() missing 2 required positional arguments: 'a' and 'b'
            h() takes from 1 to 2 positional arguments but 3 were given
            f() got multiple values for argument 'x'
            f() got an unexpected keyword argument 'y'
            k() missing 1 required keyword-only argument: 'key'
            k() takes 0 positional arguments but 1 was given
            m() got some positional-only arguments passed as keyword arguments: 'a'
            C.method() missing 1 required positional argument: 'x'
            C.method() takes 2 positional arguments but 3 were given
            C.method() missing 2 required positional arguments: 'self' and 'x'
            <lambda>.<locals>.<lambda>() missing 1 required positional argument: 'q'
            g() got multiple values for argument 'a'

            """#)
    }

    func testBuiltinArgumentErrors() {
        assertPython(#"""
            tests = [lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs("s"), lambda: int([]),
                     lambda: sorted(1), lambda: "x".join([1]), lambda: "abc".split(1), lambda: [].append(),
                     lambda: {}.get(), lambda: max(), lambda: min([]), lambda: chr(-1), lambda: ord("ab")]
            for t in tests:
                try:
                    t()
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)

            """#, prints: #"""
            TypeError len() takes exactly one argument (0 given)
            TypeError len() takes exactly one argument (2 given)
            TypeError object of type 'int' has no len()
            TypeError bad operand type for abs(): 'str'
            TypeError int() argument must be a string, a bytes-like object or a real number, not 'list'
            TypeError 'int' object is not iterable
            TypeError sequence item 0: expected str instance, int found
            TypeError must be str or None, not int
            TypeError list.append() takes exactly one argument (0 given)
            TypeError get expected at least 1 argument, got 0
            TypeError max expected at least 1 argument, got 0
            ValueError min() arg is an empty sequence
            ValueError chr() arg not in range(0x110000)
            TypeError ord() expected a character, but string of length 2 found

            """#)
    }

    func testTypeErrorsCommon() {
        assertPython(#"""
            tests = [lambda: 1 + "a", lambda: "a" + 1, lambda: [] + {}, lambda: None + 1, lambda: -"x",
                     lambda: len(None), lambda: None(), lambda: "abc"(), lambda: [1, 2][None],
                     lambda: {}[{}], lambda: {[]: 1}, lambda: hash([]), lambda: iter(5), lambda: next([1]),
                     lambda: "a" < 1, lambda: sum(["a", "b"]), lambda: int(None), lambda: float([]),
                     lambda: "%d" % "x", lambda: ~1.5, lambda: [1] * [2], lambda: "abc"[1] + 5]
            for t in tests:
                try:
                    t()
                except TypeError as e:
                    print(e)

            """#, prints: #"""
            unsupported operand type(s) for +: 'int' and 'str'
            can only concatenate str (not "int") to str
            can only concatenate list (not "dict") to list
            unsupported operand type(s) for +: 'NoneType' and 'int'
            bad operand type for unary -: 'str'
            object of type 'NoneType' has no len()
            'NoneType' object is not callable
            'str' object is not callable
            list indices must be integers or slices, not NoneType
            unhashable type: 'dict'
            unhashable type: 'list'
            unhashable type: 'list'
            'int' object is not iterable
            'list' object is not an iterator
            '<' not supported between instances of 'str' and 'int'
            unsupported operand type(s) for +: 'int' and 'str'
            int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
            float() argument must be a string or a real number, not 'list'
            %d format: a real number is required, not str
            bad operand type for unary ~: 'float'
            can't multiply sequence by non-int of type 'list'
            can only concatenate str (not "int") to str

            """#)
    }

    func testKeyErrorRepr() {
        assertPython(#"""
            for key in ("name", 42, ("t", 1), "", "it's", None, 1.5):
                try:
                    {}[key]
                except KeyError as e:
                    print(repr(e), "|", e, "|", e.args)
            try:
                raise KeyError("a", "b")
            except KeyError as e:
                print(e)
            try:
                raise KeyError()
            except KeyError as e:
                print(repr(str(e)))
            try:
                {1: 2}.pop(3)
            except KeyError as e:
                print(repr(e))
            try:
                set().remove("x")
            except KeyError as e:
                print(repr(e))
            try:
                {}.popitem()
            except KeyError as e:
                print(e)

            """#, prints: #"""
            KeyError('name') | 'name' | ('name',)
            KeyError(42) | 42 | (42,)
            KeyError(('t', 1)) | ('t', 1) | (('t', 1),)
            KeyError('') | '' | ('',)
            KeyError("it's") | "it's" | ("it's",)
            KeyError(None) | None | (None,)
            KeyError(1.5) | 1.5 | (1.5,)
            ('a', 'b')
            ''
            KeyError(3)
            KeyError('x')
            'popitem(): dictionary is empty'

            """#)
    }

    func testIndexErrors() {
        assertPython(#"""
            tests = [lambda: [][0], lambda: [1][5], lambda: [1][-2], lambda: ()[0], lambda: "abc"[10],
                     lambda: [].pop(), lambda: [1].pop(5), lambda: range(3)[3], lambda: b"ab"[2], lambda: bytearray(b"a")[4]]
            for t in tests:
                try:
                    t()
                except IndexError as e:
                    print(e)
            l = [1, 2]
            try:
                l[2] = 0
            except IndexError as e:
                print(e)
            try:
                del l[9]
            except IndexError as e:
                print(e)

            """#, prints: #"""
            list index out of range
            list index out of range
            list index out of range
            tuple index out of range
            string index out of range
            pop from empty list
            pop index out of range
            range object index out of range
            index out of range
            bytearray index out of range
            list assignment index out of range
            list assignment index out of range

            """#)
    }

    func testValueErrorsCommon() {
        assertPython(#"""
            tests = [lambda: int("12a"), lambda: int(""), lambda: int("5", 1), lambda: float("x1"), lambda: [1, 2].index(3),
                     lambda: "abc".index("z"), lambda: [].remove(1), lambda: (1,).index(9), lambda: "a,b".split(""),
                     lambda: range(1, 2, 0), lambda: int("1.5"), lambda: chr(1114112), lambda: "x" * 2 if False else divmod(1, 0) if False else int(" 1 0 ")]
            for t in tests:
                try:
                    t()
                except ValueError as e:
                    print(e)

            """#, prints: #"""
            invalid literal for int() with base 10: '12a'
            invalid literal for int() with base 10: ''
            int() base must be >= 2 and <= 36, or 0
            could not convert string to float: 'x1'
            3 is not in list
            substring not found
            list.remove(x): x not in list
            tuple.index(x): x not in tuple
            empty separator
            range() arg 3 must not be zero
            invalid literal for int() with base 10: '1.5'
            chr() arg not in range(0x110000)
            invalid literal for int() with base 10: ' 1 0 '

            """#)
    }

    func testAttributeErrorMessages() {
        assertPython(#"""
            class Obj:
                pass
            class WithSlots:
                __slots__ = ("a",)
            import_free = [lambda: Obj().x, lambda: Obj.x, lambda: "s".foo, lambda: [].bar, lambda: (1).baz,
                           lambda: {}.has_key, lambda: None.x, lambda: WithSlots().a, lambda: len.x]
            for t in import_free:
                try:
                    t()
                except AttributeError as e:
                    print(e)

            """#, prints: #"""
            'Obj' object has no attribute 'x'
            type object 'Obj' has no attribute 'x'
            'str' object has no attribute 'foo'
            'list' object has no attribute 'bar'
            'int' object has no attribute 'baz'
            'dict' object has no attribute 'has_key'
            'NoneType' object has no attribute 'x'
            'WithSlots' object has no attribute 'a'
            'builtin_function_or_method' object has no attribute 'x'

            """#)
    }

    func testRecursionError() {
        assertPython(#"""
            def forever(n):
                return forever(n + 1)
            try:
                forever(0)
            except RecursionError as e:
                print(type(e).__name__, e)

            """#, prints: "RecursionError maximum recursion depth exceeded\n")
    }

    func testExceptionsInExitAndHandlers() {
        assertPython(#"""
            class Failing:
                def __enter__(self):
                    return self
                def __exit__(self, et, ev, tb):
                    raise RuntimeError(f"exit saw {et.__name__ if et else None}")
            try:
                with Failing():
                    raise ValueError("body")
            except RuntimeError as e:
                print(e, "| context:", repr(e.__context__))
            try:
                with Failing():
                    pass
            except RuntimeError as e:
                print(e, "| context:", e.__context__)
            def handler_raises():
                try:
                    raise KeyError("a")
                except KeyError:
                    raise ValueError("from handler")
            try:
                handler_raises()
            except ValueError as e:
                print(e, repr(e.__context__))

            """#, prints: #"""
            exit saw ValueError | context: ValueError('body')
            exit saw None | context: None
            from handler KeyError('a')

            """#)
    }

    func testFinallyControlFlow() {
        assertPython(#"""
            def f():
                out = []
                for i in range(4):
                    try:
                        if i == 1:
                            continue
                        if i == 3:
                            break
                        out.append(i)
                    finally:
                        out.append(f"f{i}")
                return out
            print(f())
            def g():
                try:
                    try:
                        return "inner"
                    finally:
                        print("inner finally")
                finally:
                    print("outer finally")
            print(g())
            def h():
                for i in range(3):
                    try:
                        raise ValueError(i)
                    except ValueError as e:
                        if e.args[0] == 1:
                            return f"returned at {e.args[0]}"
                    finally:
                        print("cleanup", i)
            print(h())

            """#, prints: #"""
            [0, 'f0', 'f1', 2, 'f2', 'f3']
            inner finally
            outer finally
            inner
            cleanup 0
            cleanup 1
            returned at 1

            """#)
    }

    func testExceptionGroupsOfHandlers() {
        assertPython(#"""
            results = []
            for exc in (ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError("z")):
                try:
                    try:
                        raise exc
                    except (ValueError, TypeError) as e:
                        results.append(f"inner {type(e).__name__}")
                        if isinstance(e, TypeError):
                            raise
                except TypeError:
                    results.append("outer TypeError")
                except LookupError as e:
                    results.append(f"outer {e!r}")
                except Exception as e:
                    results.append(f"generic {e}")
                else:
                    results.append("no exception escaped")
            print(results)

            """#, prints: #"""
            ['inner ValueError', 'no exception escaped', 'inner TypeError', 'outer TypeError', "outer KeyError('k')", 'generic z']

            """#)
    }

    func testExceptionStrAndArgsForms() {
        assertPython(#"""
            class WithArgs(Exception):
                def __init__(self, a, b):
                    super().__init__(a, b)
                    self.a, self.b = a, b
            e = WithArgs(1, "two")
            print(str(e), repr(e), e.args, e.a)
            class Custom(ValueError):
                def __str__(self):
                    return "custom:" + super().__str__()
            print(str(Custom("x")), repr(Custom("x")), str(Custom()))
            print(str(KeyError()), str(KeyError("a", "b")), str(IndexError(0)), repr(StopIteration()))
            print(isinstance(Custom(), ValueError), Custom.__name__, Custom.__bases__[0].__name__)

            """#, prints: #"""
            (1, 'two') WithArgs(1, 'two') (1, 'two') 1
            custom:x Custom('x') custom:
             ('a', 'b') 0 StopIteration()
            True Custom ValueError

            """#)
    }
}

import XCTest
@testable import RLMInterpreter

// Generated test programs; every expected output was produced by running the same
// program with CPython 3.11.7.

final class ClassTests: XCTestCase {
    func testClassAndInstanceAttributes() {
        assertPython(#"""
            class Dog:
                species = "canis"
                count = 0
                def __init__(self, name):
                    self.name = name
                    Dog.count += 1
            a = Dog("rex")
            b = Dog("fido")
            print(a.name, b.name, a.species, Dog.count, b.count)
            a.species = "own"
            print(a.species, b.species, Dog.species)
            del a.species
            print(a.species)
            Dog.species = "changed"
            print(a.species, b.species)
            print(sorted(vars(a)), 'name' in a.__dict__, type(a).__name__, a.__class__ is Dog)
            class Shared:
                items = []
                def add(self, x):
                    self.items.append(x)
            s1, s2 = Shared(), Shared()
            s1.add(1); s2.add(2)
            print(Shared.items, s1.items is s2.items)

            """#, prints: #"""
            rex fido canis 2 2
            own canis canis
            canis
            changed changed
            ['name'] True Dog True
            [1, 2] True

            """#)
    }

    func testMethodsAndBoundMethods() {
        assertPython(#"""
            class Counter:
                def __init__(self, start=0):
                    self.value = start
                def inc(self, by=1):
                    self.value += by
                    return self
                def get(self):
                    return self.value
            c = Counter(5)
            print(c.inc().inc(10).get())
            m = c.inc
            m(); m()
            print(c.value)
            print(Counter.get(c), Counter.inc(c, 3).value)
            print(m.__name__, type(m).__name__)
            fns = [c.inc, c.get]
            print(fns[1]())

            """#, prints: #"""
            16
            18
            18 21
            inc method
            21

            """#)
    }

    func testSingleInheritance() {
        assertPython(#"""
            class Animal:
                sound = "..."
                def __init__(self, name):
                    self.name = name
                def speak(self):
                    return f"{self.name} says {self.sound}"
                def kind(self):
                    return "animal"
            class Cat(Animal):
                sound = "meow"
                def kind(self):
                    return "cat, an " + super().kind()
            class Kitten(Cat):
                def __init__(self, name, age):
                    super().__init__(name)
                    self.age = age
                def speak(self):
                    return super().speak() + f" (age {self.age})"
            k = Kitten("tom", 1)
            print(k.speak())
            print(k.kind())
            print(isinstance(k, Animal), isinstance(k, Cat), issubclass(Kitten, Animal), issubclass(Animal, Cat))
            print([c.__name__ for c in Kitten.__mro__])
            print(Kitten.__bases__[0].__name__, Animal.__bases__[0].__name__)

            """#, prints: #"""
            tom says meow (age 1)
            cat, an animal
            True True True False
            ['Kitten', 'Cat', 'Animal', 'object']
            Cat object

            """#)
    }

    func testMultipleInheritanceC3() {
        assertPython(#"""
            class A:
                def who(self): return "A"
            class B(A):
                def who(self): return "B>" + super().who()
            class C(A):
                def who(self): return "C>" + super().who()
            class D(B, C):
                def who(self): return "D>" + super().who()
            print(D().who())
            print([k.__name__ for k in D.__mro__])
            class X: pass
            class Y: pass
            class Z: pass
            class K1(X, Y): pass
            class K2(Y, Z): pass
            class K3(X, Z): pass
            class Top(K1, K2, K3): pass
            print([k.__name__ for k in Top.__mro__])

            """#, prints: #"""
            D>B>C>A
            ['D', 'B', 'C', 'A', 'object']
            ['Top', 'K1', 'K2', 'K3', 'X', 'Y', 'Z', 'object']

            """#)
    }

    func testInconsistentMro() {
        assertPython(#"""
            class A: pass
            class B(A): pass
            try:
                class C(A, B): pass
            except TypeError as e:
                print(e)
            class X: pass
            class Y: pass
            class P(X, Y): pass
            class Q(Y, X): pass
            try:
                class R(P, Q): pass
            except TypeError as e:
                print(e)
            try:
                class Dup(X, X): pass
            except TypeError as e:
                print(e)

            """#, prints: #"""
            Cannot create a consistent method resolution
            order (MRO) for bases A, B
            Cannot create a consistent method resolution
            order (MRO) for bases X, Y
            duplicate base class X

            """#)
    }

    func testSuperShapes() {
        assertPython(#"""
            class Base:
                def __init__(self):
                    self.log = ["Base"]
                def hello(self, x):
                    return f"Base.hello({x})"
                @classmethod
                def make(cls):
                    return f"make {cls.__name__}"
            class Mid(Base):
                def __init__(self):
                    super(Mid, self).__init__()
                    self.log.append("Mid")
                def hello(self, x):
                    return "Mid>" + super().hello(x + 1)
                @classmethod
                def make(cls):
                    return "Mid>" + super().make()
            class Leaf(Mid):
                def __init__(self):
                    super().__init__()
                    self.log.append("Leaf")
                def hello(self, x):
                    return "Leaf>" + super(Mid, self).hello(x)
            l = Leaf()
            print(l.log)
            print(l.hello(1))
            print(Leaf.make())
            print(Mid().hello(0))
            class WithLambda(Base):
                def hello(self, x):
                    helper = lambda: super(WithLambda, self).hello(x * 10)
                    return helper()
            print(WithLambda().hello(2))

            """#, prints: #"""
            ['Base', 'Mid', 'Leaf']
            Leaf>Base.hello(1)
            Mid>make Leaf
            Mid>Base.hello(1)
            Base.hello(20)

            """#)
    }

    func testCooperativeMultipleSuper() {
        assertPython(#"""
            class Root:
                def __init__(self, **kw):
                    print("Root", kw)
            class Left(Root):
                def __init__(self, left=None, **kw):
                    print("Left", left)
                    super().__init__(**kw)
            class Right(Root):
                def __init__(self, right=None, **kw):
                    print("Right", right)
                    super().__init__(**kw)
            class Both(Left, Right):
                def __init__(self, **kw):
                    print("Both")
                    super().__init__(**kw)
            Both(left=1, right=2, extra=3)

            """#, prints: #"""
            Both
            Left 1
            Right 2
            Root {'extra': 3}

            """#)
    }

    func testPropertyGetterSetterDeleter() {
        assertPython(#"""
            class Temperature:
                def __init__(self, c):
                    self._c = c
                @property
                def celsius(self):
                    return self._c
                @celsius.setter
                def celsius(self, value):
                    if value < -273.15:
                        raise ValueError("below absolute zero")
                    self._c = value
                @celsius.deleter
                def celsius(self):
                    print("deleting")
                    del self._c
                @property
                def fahrenheit(self):
                    return self._c * 9 / 5 + 32
            t = Temperature(100)
            print(t.celsius, t.fahrenheit)
            t.celsius = 0
            print(t.celsius, t.fahrenheit)
            try:
                t.celsius = -300
            except ValueError as e:
                print(e)
            try:
                t.fahrenheit = 5
            except AttributeError as e:
                print(e)
            del t.celsius
            print(hasattr(t, "_c"))
            print(type(Temperature.celsius).__name__)
            class Old:
                def get_x(self):
                    return 42
                x = property(get_x, doc="the x")
            print(Old().x)

            """#, prints: #"""
            100 212.0
            0 32.0
            below absolute zero
            property 'fahrenheit' of 'Temperature' object has no setter
            deleting
            False
            property
            42

            """#)
    }

    func testClassmethodStaticmethod() {
        assertPython(#"""
            class Date:
                def __init__(self, y, m, d):
                    self.y, self.m, self.d = y, m, d
                @classmethod
                def from_string(cls, s):
                    return cls(*map(int, s.split("-")))
                @staticmethod
                def is_leap(y):
                    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
                def __repr__(self):
                    return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
            class MyDate(Date):
                pass
            print(Date.from_string("2024-02-29"), MyDate.from_string("1999-1-2"))
            print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
            d = Date(2020, 5, 6)
            print(d.from_string("1-2-3"))
            f = Date.is_leap
            print(f(2023))

            """#, prints: #"""
            Date(2024, 2, 29) MyDate(1999, 1, 2)
            True False True
            Date(1, 2, 3)
            False

            """#)
    }

    func testClassDecorators() {
        assertPython(#"""
            registry = {}
            def register(cls):
                registry[cls.__name__] = cls
                return cls
            def add_greeting(greeting):
                def deco(cls):
                    cls.greet = lambda self: f"{greeting} from {type(self).__name__}"
                    return cls
                return deco
            @register
            @add_greeting("hi")
            class Thing:
                pass
            print(sorted(registry), Thing().greet())
            def singleton(cls):
                instances = {}
                def get(*a):
                    if cls not in instances:
                        instances[cls] = cls(*a)
                    return instances[cls]
                return get
            @singleton
            class Config:
                def __init__(self, v): self.v = v
            print(Config(1).v, Config(2).v, Config(1) is Config(3))

            """#, prints: #"""
            ['Thing'] hi from Thing
            1 1 True

            """#)
    }

    func testUserExceptionClasses() {
        assertPython(#"""
            class AppError(Exception):
                pass
            class NotFound(AppError):
                def __init__(self, key, detail="missing"):
                    super().__init__(f"{key}: {detail}")
                    self.key = key
            class Coded(AppError):
                def __init__(self, code):
                    self.code = code
                def __str__(self):
                    return f"code {self.code}"
            for exc in (NotFound("k"), Coded(404), AppError("plain", 2), AppError()):
                try:
                    raise exc
                except AppError as e:
                    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
            try:
                raise NotFound("user", detail="gone")
            except Exception as e:
                print(e.key, isinstance(e, AppError), isinstance(e, LookupError))
            print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
            class MyKeyError(KeyError): pass
            try:
                raise MyKeyError("kk")
            except LookupError as e:
                print(repr(e), str(e))

            """#, prints: #"""
            NotFound | k: missing | NotFound('k: missing') | ('k: missing',)
            Coded | code 404 | Coded(404) | (404,)
            AppError | ('plain', 2) | AppError('plain', 2) | ('plain', 2)
            AppError |  | AppError() | ()
            user True False
            True AppError
            MyKeyError('kk') 'kk'

            """#)
    }

    func testClassNamespaceAndDunderAttributes() {
        assertPython(#"""
            class Meta:
                """Class doc."""
                x = 1
                y = x + 1
                def method(self): pass
            print(Meta.__name__, Meta.__doc__, Meta.y, Meta.__qualname__)
            print(type(Meta).__name__, type(type).__name__)
            class Outer:
                class Inner:
                    pass
            print(Outer.Inner.__qualname__, Outer.Inner.__name__)
            o = Meta()
            setattr(o, "dyn", 5)
            print(getattr(o, "dyn"), getattr(o, "nope", "default"))

            """#, prints: #"""
            Meta Class doc. 2 Meta
            type type
            Outer.Inner Inner
            5 default

            """#)
    }

    func testAttributeErrors() {
        assertPython(#"""
            class C:
                x = 1
            c = C()
            for fn in (lambda: c.y, lambda: C.y, lambda: (5).foo, lambda: "s".nope, lambda: None.attr, lambda: [].push):
                try:
                    fn()
                except AttributeError as e:
                    print(e)
            try:
                (5).real = 3
            except AttributeError as e:
                print(e)

            """#, prints: #"""
            'C' object has no attribute 'y'
            type object 'C' has no attribute 'y'
            'int' object has no attribute 'foo'
            'str' object has no attribute 'nope'
            'NoneType' object has no attribute 'attr'
            'list' object has no attribute 'push'
            attribute 'real' of 'int' objects is not writable

            """#)
    }

    func testInitErrors() {
        assertPython(#"""
            class NeedsArgs:
                def __init__(self, a, b):
                    self.a = a
            try:
                NeedsArgs(1)
            except TypeError as e:
                print(e)
            class ReturnsValue:
                def __init__(self):
                    return 5
            try:
                ReturnsValue()
            except TypeError as e:
                print(e)
            class NoInit: pass
            try:
                NoInit(1)
            except TypeError as e:
                print(e)
            class WithNew:
                def __new__(cls, *a):
                    print("new", cls.__name__, a)
                    inst = super().__new__(cls)
                    return inst
                def __init__(self, v):
                    self.v = v
            print(WithNew(3).v)

            """#, prints: #"""
            NeedsArgs.__init__() missing 1 required positional argument: 'b'
            __init__() should return None, not 'int'
            NoInit() takes no arguments
            new WithNew (3,)
            3

            """#)
    }

    func testIsinstanceWithClasses() {
        assertPython(#"""
            class A: pass
            class B(A): pass
            class C: pass
            b = B()
            print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(A, type))
            print(issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int), isinstance(True, int))
            print(type(b) is B, type(b) == A, B.__base__ is A, object in B.__mro__)
            try:
                isinstance(b, "A")
            except TypeError as e:
                print(e)

            """#, prints: #"""
            True True False True
            True True True True
            True False True True
            isinstance() arg 2 must be a type, a tuple of types, or a union

            """#)
    }

    func testSuperInClassmethodsAndProperties() {
        assertPython(#"""
            class Base:
                registry = []
                @classmethod
                def create(cls, *args):
                    obj = cls(*args)
                    Base.registry.append(type(obj).__name__)
                    return obj
                @property
                def label(self):
                    return "base"
                @staticmethod
                def helper(x):
                    return x * 2
            class Child(Base):
                def __init__(self, v=0):
                    self.v = v
                @classmethod
                def create(cls, *args):
                    obj = super().create(*args)
                    obj.v += 100
                    return obj
                @property
                def label(self):
                    return "child of " + super().label
            print(Child.create(1).v, Base.registry, Child().label, Child.helper(4), Child().helper(5))
            print(type(Child()).__name__, Child().__class__.__name__, Child.__class__.__name__)

            """#, prints: #"""
            101 ['Child'] child of base 8 10
            Child Child type

            """#)
    }

    func testAttributeResolutionOrder() {
        assertPython(#"""
            class A:
                x = "class A"
                def describe(self):
                    return f"{type(self).__name__}: {self.x}"
            class B(A):
                x = "class B"
            b = B()
            print(b.describe())
            b.x = "instance"
            print(b.describe(), B.x, A.x)
            del b.x
            print(b.describe())
            B.describe = lambda self: "replaced on B"
            print(b.describe(), A().describe())
            def extra(self):
                return "added later " + self.x
            A.extra = extra
            print(b.extra())

            """#, prints: #"""
            B: class B
            B: instance class B class A
            B: class B
            replaced on B A: class A
            added later class B

            """#)
    }
}

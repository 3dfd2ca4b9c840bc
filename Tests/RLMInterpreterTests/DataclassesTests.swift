// Expected outputs were produced by running each program with CPython 3.11.
import XCTest
@testable import RLMInterpreter

final class DataclassesTests: XCTestCase {
    func testDataclassBasics() {
        assertPython(#"""
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point(5), Point(y=3, x=4), Point(1, label="q"), Point.__annotations__)
print([f.name for f in fields(p)], [f.default for f in fields(Point)][1:], is_dataclass(p), is_dataclass(Point), is_dataclass(5))
print(asdict(p), astuple(p), replace(p, y=10), Point.__match_args__)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
"""#, prints: #"""
Point(x=1, y=2, label='p') Point(x=1, y=2, label='p') True True False
Point(x=5, y=0, label='p') Point(x=4, y=3, label='p') Point(x=1, y=0, label='q') {'x': <class 'int'>, 'y': <class 'int'>, 'label': <class 'str'>}
['x', 'y', 'label'] [0, 'p'] True True False
{'x': 1, 'y': 2, 'label': 'p'} (1, 2, 'p') Point(x=1, y=10, label='p') ('x', 'y', 'label')
TypeError unhashable type: 'Point'

"""#)
    }

    func testDataclassOrderFrozen() {
        assertPython(#"""
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), min(vs), str(vs[0]), vs[0] == vs[3], len({vs[0], vs[3]}))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), Version(1) <= Version(1))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1,)
except TypeError as e:
    print("TypeError", e)
"""#, prints: #"""
[Version(major=0, minor=9, patch=0), Version(major=1, minor=0, patch=5), Version(major=1, minor=2, patch=0), Version(major=1, minor=2, patch=0)] 1.2.0 0.9.0 1.2.0 True 1
True True True
FrozenInstanceError cannot assign to field 'major' True
FrozenInstanceError cannot delete field 'minor'
TypeError '<' not supported between instances of 'Version' and 'tuple'

"""#)
    }

    func testDataclassFieldsAndPostInit() {
        assertPython(#"""
from dataclasses import dataclass, field, asdict, fields
from typing import ClassVar, List

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default="s", compare=False)
    registry: ClassVar[int] = 0

    def __post_init__(self):
        self.total = len(self.items)
        Inventory.registry += 1

a = Inventory(["a", "b"])
b = Inventory()
print(a, b, a.total, Inventory.registry, a == Inventory(["a", "b"], secret="other"), [f.name for f in fields(Inventory)])
print(asdict(a), a.items is not b.items)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h

print(Rect(2, 3.5), Rect(0, 1).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)
"""#, prints: #"""
Inventory(items=['a', 'b'], total=2, secret='s') Inventory(items=[], total=0, secret='s') 2 2 True ['items', 'counts', 'total', 'secret']
{'items': ['a', 'b'], 'counts': {}, 'total': 2, 'secret': 's'} True
Rect(w=2, h=3.5, area=7.0) 0
ValueError negative size

"""#)
    }

    func testDataclassNestingInheritance() {
        assertPython(#"""
from dataclasses import dataclass, field, asdict, astuple, fields
from typing import Optional

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None

root = Node("root")
root.children.append(Node("child"))
print(root, asdict(root), astuple(root))

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7

print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)], isinstance(Derived(), Base))

@dataclass
class Rec:
    name: str
    other: "Rec" = None

r = Rec("a")
r.other = r
print(r)
"""#, prints: #"""
Node(name='root', children=[Node(name='child', children=[], parent=None)], parent=None) {'name': 'root', 'children': [{'name': 'child', 'children': [], 'parent': None}], 'parent': None} ('root', [('child', [], None)], None)
Derived(a=7, b='b', c=1.5) Derived(a=1, b='x', c=2.0) ['a', 'b', 'c'] True
Rec(name='a', other=...)

"""#)
    }

    func testDataclassInitVarKwOnlyOptions() {
        assertPython(#"""
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale

print(WithInit(3), WithInit(3, 5), [f.name for f in fields(WithInit)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int

print(KW(1, c=3), KW(a=2, b=5, c=6))

@dataclass(kw_only=True)
class AllKW:
    p: int
    q: int = 2

print(AllKW(p=1), AllKW(q=5, p=0))

@dataclass(eq=False)
class NoEq:
    v: int

n1 = NoEq(1)
print(n1 == NoEq(1), n1 == n1, hash(n1) == hash(n1))

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False, compare=False)

print(hash(Hashy(1)) == hash(Hashy(1)), Hashy(1) == Hashy(1, [2]))

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"Custom<{self.v}>"
    def __eq__(self, other):
        return True

@dataclass()
class Empty:
    pass

print(Custom(1), Custom(1) == Custom(2), Empty(), Empty() == Empty())
"""#, prints: #"""
WithInit(x=3, y=6) WithInit(x=3, y=15) ['x', 'y']
KW(a=1, b=1, c=3) KW(a=2, b=5, c=6)
AllKW(p=1, q=2) AllKW(p=0, q=5)
False True True
True True
Custom<1> True Empty() True

"""#)
    }

    func testDataclassErrors() {
        assertPython(#"""
from dataclasses import dataclass, field, replace, asdict, fields

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass
class KW:
    a: int
    b: int = field(kw_only=True)

cases = [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=3), lambda: KW(1),
         lambda: replace(Point(1), q=1), lambda: asdict(5), lambda: fields(5), lambda: field(default=1, default_factory=list)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print("ValueError", e)
"""#, prints: #"""
TypeError Point.__init__() missing 1 required positional argument: 'x'
TypeError Point.__init__() takes from 2 to 3 positional arguments but 4 were given
TypeError Point.__init__() got an unexpected keyword argument 'z'
TypeError Point.__init__() got multiple values for argument 'x'
TypeError KW.__init__() missing 1 required keyword-only argument: 'b'
TypeError Point.__init__() got an unexpected keyword argument 'q'
TypeError asdict() should be called on dataclass instances
TypeError must be called with a dataclass type or instance
ValueError cannot specify both default and default_factory
TypeError non-default argument 'y' follows default argument
ValueError mutable default <class 'list'> for field x is not allowed: use default_factory
ValueError eq must be true if order is true

"""#)
    }

    func testDataclassMissingArgumentUncaught() {
        assertPythonRaises(#"""
from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float

Item("pen")
"""#, "TypeError", message: #"""
Item.__init__() missing 1 required positional argument: 'price'
"""#)
    }

    func testClassAnnotationsRecorded() {
        assertPython(#"""
class Config:
    name: str
    retries: int = 3
    ratio: "float" = 0.5
    tags: int | None = None

print(Config.__annotations__, Config.retries, hasattr(Config, "name"), int | None, isinstance(3, int | str))
"""#, prints: #"""
{'name': <class 'str'>, 'retries': <class 'int'>, 'ratio': 'float', 'tags': int | None} 3 False int | None True

"""#)
    }

    func testFutureAnnotationsKeepStrings() {
        assertPython(#"""
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional
import __future__

@dataclass
class Node:
    value: int
    next: Node | None = None
    children: list[Node] = field(default_factory=list)
    weights: dict[str, tuple[int, ...]] = field(default_factory=dict)
    cb: Optional["Node"] = None
    count: ClassVar[int] = 0
    expr: list[-1 if True else 2] = None

n = Node(1, Node(2))
print(n, Node.__annotations__, [f.name for f in fields(Node)], annotations, __future__.annotations)
"""#, prints: #"""
Node(value=1, next=Node(value=2, next=None, children=[], weights={}, cb=None, expr=None), children=[], weights={}, cb=None, expr=None) {'value': 'int', 'next': 'Node | None', 'children': 'list[Node]', 'weights': 'dict[str, tuple[int, ...]]', 'cb': "Optional['Node']", 'count': 'ClassVar[int]', 'expr': 'list[-1 if True else 2]'} ['value', 'next', 'children', 'weights', 'cb', 'expr'] _Feature((3, 7, 0, 'beta', 1), None, 16777216) _Feature((3, 7, 0, 'beta', 1), None, 16777216)

"""#)
    }
}

import XCTest
@testable import RLMInterpreter

// Expected output produced by running the same program with CPython 3.11.

/// Attribute sites cache an instance attribute's slot, a property's getter, or a method
/// (`InstanceAttributeCache`, `InstanceMethodCache`). The program fills each cache and then
/// changes what the lookup should find: a property added to the class and removed, an instance
/// attribute shadowing a method, a subclass at the same site, `__setattr__` added and removed,
/// attributes deleted and set again (vars() keeps assignment order).
final class InstanceAttributeCacheTests: XCTestCase {
    func testCachedSitesFollowChangesToClassesAndInstances() {
        assertPython(#"""
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def total(self):
                    return self.x + self.y

            def read_x(o):
                return o.x

            def call_total(o):
                return o.total()

            ps = [P(i, i * 2) for i in range(5)]
            print([read_x(p) for p in ps], [call_total(p) for p in ps])
            # a property added to the class later wins over the instance value
            P.x = property(lambda self: -1)
            print([read_x(p) for p in ps])
            del P.x
            print([read_x(p) for p in ps])
            # an instance attribute shadows the method
            ps[2].total = lambda: "own"
            print([call_total(p) for p in ps])
            del ps[2].total
            print([call_total(p) for p in ps])
            # a subclass at the same site
            class Q(P):
                @property
                def x(self):
                    return "Qx"
                @x.setter
                def x(self, v):
                    self._x = v * 10
            print(read_x(Q(1, 2)), Q(1, 2)._x, read_x(ps[0]))
            # vars order: set, delete, set again
            a = P(1, 2)
            a.z = 3
            del a.x
            a.x = 9
            print(vars(a), a.__dict__)
            b = P(5, 6)
            b.w = 1
            print(vars(b))
            c = P.__new__(P)
            c.y = 1
            c.x = 2
            print(vars(c))
            # __setattr__ added later
            def loud(self, name, value):
                object.__setattr__(self, name, ("set", value))
            def set_x(o, v):
                o.x = v
            d = P(0, 0)
            set_x(d, 1)
            print(d.x)
            P.__setattr__ = loud
            set_x(d, 2)
            print(d.x)
            del P.__setattr__
            set_x(d, 3)
            print(d.x)
            # exceptions with attributes
            class E(Exception):
                def __init__(self, code):
                    super().__init__("bad", code)
                    self.code = code
            for i in range(3):
                try:
                    raise E(i)
                except E as e:
                    print(e.code, e.args)
                    e.args = ("x",)
                    print(e.args, str(e))
            # hasattr/getattr/delattr
            print(hasattr(a, "z"), getattr(a, "q", "dflt"), getattr(a, "y"))
            delattr(a, "z")
            print(hasattr(a, "z"))
            try:
                a.z
            except AttributeError as e:
                print(e)
            # __getattr__ fallback after cache
            class G:
                def __init__(self):
                    self.real = 1
                def __getattr__(self, name):
                    return "fallback:" + name
            g = G()
            def read_real(o):
                return o.real
            print(read_real(g), read_real(g))
            del g.real
            print(read_real(g))
            # slots-like loops
            class Node:
                def __init__(self, v, nxt=None):
                    self.v = v
                    self.next = nxt
            n = None
            for i in range(5):
                n = Node(i, n)
            out = []
            while n:
                out.append(n.v)
                n = n.next
            print(out)
            # object() instances reject attributes
            try:
                object().x = 1
            except AttributeError as e:
                print(e)
            """#, prints: "[0, 1, 2, 3, 4] [0, 3, 6, 9, 12]\n[-1, -1, -1, -1, -1]\n[0, 1, 2, 3, 4]\n[0, 3, 'own', 9, 12]\n[0, 3, 6, 9, 12]\nQx 10 0\n{'y': 2, 'z': 3, 'x': 9} {'y': 2, 'z': 3, 'x': 9}\n{'x': 5, 'y': 6, 'w': 1}\n{'y': 1, 'x': 2}\n1\n('set', 2)\n3\n0 ('bad', 0)\n('x',) x\n1 ('bad', 1)\n('x',) x\n2 ('bad', 2)\n('x',) x\nTrue dflt 2\nFalse\n'P' object has no attribute 'z'\n1 1\nfallback:real\n[4, 3, 2, 1, 0]\n'object' object has no attribute 'x'\n")
    }
}

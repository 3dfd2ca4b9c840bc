class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.kind}:{self.name}"
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def util(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, v):
        self.name = v.lower()

class Child(Base):
    kind = "child"
    def describe(self):
        return "child " + super().describe()

class Mixin:
    def describe(self):
        return "mixin " + super().describe()

class Both(Mixin, Child):
    pass

b = Both.make("x")
print(b.describe(), Both.__mro__, Both.util(4), b.upper, isinstance(b, Base), issubclass(Both, Mixin))
b.upper = "NEW"
print(b.name, vars(b), type(b).__name__, Child.kind, getattr(b, "missing", "default"), hasattr(b, "name"))
class Abstract:
    def area(self):
        raise NotImplementedError
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print([Sq(i).area() for i in range(4)])
try:
    Abstract().area()
except NotImplementedError:
    print("not implemented")
class E(ValueError): pass
try:
    raise E("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))

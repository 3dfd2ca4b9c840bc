class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name) if False else None
d = Dyn()
d.x = 5
print(d.x, d.auto_hello, getattr(d, "auto_z"), hasattr(d, "nope"), d.real)
setattr(d, "y", 3)
print(d.y, vars(d))
del d.y
class Slots:
    def __init__(self):
        self.a = 1
s = Slots()
s.b = 2
print(sorted(vars(s).items()), s.__class__.__name__, type(s).__qualname__)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(callable(len), callable(d), id(d) == id(d), type(d) is Dyn, isinstance(3, (str, int)))

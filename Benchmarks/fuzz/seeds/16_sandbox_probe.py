probes = [
    lambda: ().__class__.__bases__[0].__subclasses__(),
    lambda: getattr(print, "__self__"),
    lambda: (lambda: 0).__globals__,
    lambda: [].__class__.__mro__[-1],
    lambda: vars(object),
    lambda: type(print),
    lambda: "{0.__class__.__mro__}".format(1),
    lambda: globals()["__builtins__"],
    lambda: __import__("os"),
    lambda: open("/etc/passwd"),
    lambda: (x for x in []).gi_frame,
    lambda: dir(()),
]
for p in probes:
    try:
        r = p()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    import os
except ImportError as e:
    print("import", e)

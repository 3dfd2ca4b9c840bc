class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

def risky(n):
    if n == 0:
        raise AppError(404, "missing")
    if n == 1:
        return 1 / 0
    if n == 2:
        raise KeyError(n)
    return n

for n in range(4):
    try:
        print(risky(n))
    except AppError as e:
        print("app", e, e.code, repr(e))
    except (ZeroDivisionError, KeyError) as e:
        print(type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
def nested():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(nested())

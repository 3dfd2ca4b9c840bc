class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)

vs = [Vec(3, 1), Vec(1, 2), Vec(1, 1)]
print(sorted(vs), Vec(1, 2) + Vec(3, 4), list(Vec(5, 6)), len(vs[0]), vs[0][1])
print({v: i for i, v in enumerate(vs)}, Vec(0, 0) or "falsy", max(vs), min(vs))
print(set(vs) == {Vec(1, 1), Vec(1, 2), Vec(3, 1)}, Vec(1, 1) in vs, vs.index(Vec(1, 2)))

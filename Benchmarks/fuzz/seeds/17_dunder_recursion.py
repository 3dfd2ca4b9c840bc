class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"Node({self.v}, {self.nxt!r})"
    def __eq__(self, other):
        return isinstance(other, Node) and self.v == other.v and self.nxt == other.nxt
    def __hash__(self):
        return hash((self.v, self.nxt))
    def __iter__(self):
        n = self
        while n is not None:
            yield n.v
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __contains__(self, x):
        return any(v == x for v in self)
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(i)
chain = None
for i in range(5):
    chain = Node(i, chain)
print(chain, len(chain), 3 in chain, chain[2], list(chain), hash(chain) == hash(Node(4, chain.nxt)))
print(chain == Node(4, chain.nxt), {chain: 1}[chain], sorted(chain), max(chain))
cyc = Node(0)
cyc.nxt = cyc
try:
    repr(cyc)
except RecursionError:
    print("cyclic repr")
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance:.2f}>"
bank = [Account("ann", 100), Account("bob"), Account("cy", 5.5)]
ops = [(0, "withdraw", 30), (1, "deposit", 50), (2, "withdraw", 10), (1, "deposit", -5), (0, "deposit", 0.25)]
for idx, op, amt in ops:
    try:
        getattr(bank[idx], op)(amt)
    except ValueError as e:
        print("failed:", e)
print(bank, sum(a.balance for a in bank), max(bank, key=lambda a: a.balance).owner)
print([a.history for a in bank])

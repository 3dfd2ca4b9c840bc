b = b"hello world"
ba = bytearray(b)
ba[0] = ord("H")
ba.extend(b"!!")
print(b, ba, bytes(ba), b[1:5], b[0], list(b[:3]), b.upper(), b.split(), b.find(b"o"))
print(b.hex(), bytes.fromhex("de ad"), b.replace(b"l", b"L"), len(ba))
print(bytes(3), bytes([1, 2, 255]), b"a" * 3, b"abc" + b"def", b"x" in b"xyz", b.decode("ascii"))
print(str(b"\x00\xff", "latin-1") if False else repr(b"\x00\xff\n'"), ba.pop(), ba.decode())

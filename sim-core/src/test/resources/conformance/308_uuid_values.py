# uuid: parsing, repr, fields; uuid4's shape (its bits are random, so only the shape is printed).
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u)
print(uuid.UUID(int=1), uuid.UUID(hex="00000000000000000000000000000001") == uuid.UUID(int=1))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.RFC_4122)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
v = uuid.uuid4()
s = str(v)
print(len(s), s.count("-"), s[14], s[19] in "89ab", v.version, v.variant == uuid.RFC_4122, uuid.UUID(s) == v)
print(len({uuid.uuid4() for i in range(20)}))
for bad in ["1234", "g2345678-1234-5678-1234-567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
print(str(uuid.UUID(int=(1 << 128) - 1)), u.time_low, u.node)

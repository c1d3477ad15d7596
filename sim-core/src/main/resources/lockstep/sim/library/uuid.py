# The uuid module's UUID and uuid4: the random bits come from the simulated computer's randomness, seeded by the
# run (apart from the random module's generator), so a run prints the same UUIDs every time.
import _os

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_int = int


class UUID:
    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=None):
        if [hex, int].count(None) != 1 or bytes is not None or bytes_le is not None or fields is not None:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int(hex, 16)
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int = int & ~(0xc000 << 48)
            int = int | (0x8000 << 48)
            int = int & ~(0xf000 << 64)
            int = int | (version << 76)
        # CPython's UUID refuses to be changed afterwards; here its two attributes are plain ones.
        self.int = int
        self.is_safe = is_safe

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        hex = "%032x" % self.int
        return hex[:8] + "-" + hex[8:12] + "-" + hex[12:16] + "-" + hex[16:20] + "-" + hex[20:]

    def _get_hex(self):
        return "%032x" % self.int

    def _get_urn(self):
        return "urn:uuid:" + str(self)

    def _get_variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    def _get_version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None

    def _get_time_low(self):
        return self.int >> 96

    def _get_node(self):
        return self.int & 0xffffffffffff

    hex = property(_get_hex)
    urn = property(_get_urn)
    variant = property(_get_variant)
    version = property(_get_version)
    time_low = property(_get_time_low)
    node = property(_get_node)


def uuid4():
    return UUID(int=_os._random_bits(128), version=4)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")

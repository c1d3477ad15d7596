print(hex(255), hex(0), hex(-42), hex(2 ** 40))
print(bin(5), bin(0), bin(-5), bin(255))
print(oct(8), oct(64), oct(-9))
print(int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
for n in [1, 2, 7, 16]:
    print(n, bin(n)[2:].zfill(5), hex(n)[2:])
print(bin(10).count("1"))

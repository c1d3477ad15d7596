import math as m
from math import sqrt, pi
from math import floor as fl
import time

print(m.sqrt(25), sqrt(9), pi == m.pi, fl(3.99))
print(round(m.pi * 2, 5))

def area(r):
    return pi * r ** 2

print(f"{area(2):.3f}")

def main():
    print("main running as", __name__)
    time.sleep(0.001)
    return 0

if __name__ == "__main__":
    print(__name__)
    main()
else:
    print("imported")

print(f"{1e300:f}"[:20])
print(len("%f" % 1e308))
print(len(format(1e308, ".400f")))
print(f"{-1e-300:.320e}"[:12])

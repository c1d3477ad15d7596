import time

start = time.time()
time.sleep(0.1)
elapsed = time.time() - start
print("slept", elapsed >= 0.0)
t0 = time.perf_counter()
for i in range(3):
    time.sleep(0.01)
    print("tick", i)
t1 = time.perf_counter()
print("monotonic:", t1 >= t0)
print(type(time.time()).__name__)
time.sleep(0)
print("done")

class MyError(Exception):
    pass

def step(n):
    if n == 3:
        raise MyError("boom")
    print("step", n)

for i in range(5):
    step(i)

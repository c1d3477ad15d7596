# An uncaught error from a deque ends the program with CPython's last line.
from collections import deque

tasks = deque(['a', 'b'])
while True:
    print('running', tasks.popleft())

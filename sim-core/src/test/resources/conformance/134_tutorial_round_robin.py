class Task:
    def __init__(self, name, work):
        self.name = name
        self.remaining = work
        self.finished_at = None

    def __repr__(self):
        return f"{self.name}({self.remaining})"

def round_robin(tasks, quantum):
    queue = list(tasks)
    clock = 0
    timeline = []
    while queue:
        task = queue.pop(0)
        run = min(quantum, task.remaining)
        timeline.append(f"{clock}-{clock + run}:{task.name}")
        clock += run
        task.remaining -= run
        if task.remaining > 0:
            queue.append(task)
        else:
            task.finished_at = clock
    return clock, timeline

tasks = [Task("A", 5), Task("B", 2), Task("C", 7)]
print(tasks)
end, timeline = round_robin(tasks, 3)
print("finished at", end)
print(" ".join(timeline))
for t in sorted(tasks, key=lambda t: t.finished_at):
    print(f"{t.name} done at t={t.finished_at:>2}")
waits = {t.name: t.finished_at for t in tasks}
print(waits, sum(waits.values()) / len(waits))

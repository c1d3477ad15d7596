students = [
    {"name": "Ann", "scores": [88, 92, 79]},
    {"name": "Bob", "scores": [65, 70, 58]},
    {"name": "Cid", "scores": [95, 98, 100]},
    {"name": "Dee", "scores": [72, 85, 90]},
]

def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    return "F"

report = []
for s in students:
    avg = sum(s["scores"]) / len(s["scores"])
    report.append((s["name"], round(avg, 1), letter(avg)))
for name, avg, grade in sorted(report, key=lambda r: r[1], reverse=True):
    print(f"{name:<5}{avg:>6}{grade:>3}")
by_grade = {}
for name, avg, grade in report:
    by_grade.setdefault(grade, []).append(name)
print(by_grade)
best = max(report, key=lambda r: r[1])
print("top student:", best[0])
print("class average: %.2f" % (sum(r[1] for r in report) / len(report)))

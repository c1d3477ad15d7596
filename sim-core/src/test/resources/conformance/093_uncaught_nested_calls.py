def parse(record):
    name, value = record.split("=")
    return name, int(value)

def load(records):
    result = {}
    for r in records:
        print("loading", r)
        key, val = parse(r)
        result[key] = val
    return result

def main():
    data = load(["a=1", "b=2", "c=three"])
    print(data)

main()

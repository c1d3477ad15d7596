inventory = {"apples": 3, "pears": 0}
print("apples:", inventory["apples"])
print("pears:", inventory["pears"])
wanted = ["apples", "missing", "pears"]
for item in wanted:
    print(item, "in stock:", inventory[item] > 0)

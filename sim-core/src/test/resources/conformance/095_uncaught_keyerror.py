inventory = {"apples": 3, "pears": 0}
print("apples:", inventory["apples"])
print("pears:", inventory["pears"])
print("missing:", inventory["missing"])

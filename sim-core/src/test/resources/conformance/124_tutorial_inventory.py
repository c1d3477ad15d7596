inventory = {}

def add_item(name, qty, price):
    if name in inventory:
        inventory[name]["qty"] += qty
    else:
        inventory[name] = {"qty": qty, "price": price}

def remove_item(name, qty):
    item = inventory.get(name)
    if item is None:
        raise KeyError(name)
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} {name} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]

add_item("apple", 10, 0.5)
add_item("pear", 4, 0.75)
add_item("apple", 5, 0.5)
remove_item("pear", 4)
for action in [lambda: remove_item("kiwi", 1), lambda: remove_item("apple", 99)]:
    try:
        action()
    except KeyError as e:
        print("unknown item", e)
    except ValueError as e:
        print("cannot remove:", e)
print(inventory)
value = sum(v["qty"] * v["price"] for v in inventory.values())
print(f"stock value: {value:.2f}")

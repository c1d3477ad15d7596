print("\ud800")
s = "\U0010ffff"

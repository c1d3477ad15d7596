print("a" * 10**5 + "b" in "a" * 10**7)

print(len(''.join(['abc'] * 10**6)))

import copy
a = [1]
a.append(a)
c = copy.deepcopy(a)
print(c[1] is c, c[0])

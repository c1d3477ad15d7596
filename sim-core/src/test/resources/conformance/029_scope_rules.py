x = "global"

def show():
    print("show sees", x)

def local_shadow():
    x = "local"
    print("local_shadow sees", x)

show()
local_shadow()
print("module sees", x)

def outer():
    y = 1
    def middle():
        def inner():
            return y + 1
        return inner()
    return middle()

print(outer())

def loop_var_leaks():
    for i in range(3):
        pass
    return i

print(loop_var_leaks())

def param_shadow(x):
    x = x * 2
    return x

print(param_shadow(21), x)

total = 10
def uses_global_in_expr(n):
    return total + n
print(uses_global_in_expr(5))

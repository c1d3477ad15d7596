def helper(x):
    return x * 2

def main():
    results = [helper(i) for i in range(4)]
    print("results:", results)

print("module level runs first")
print(__name__)
if __name__ == '__main__':
    main()
print("end of module")

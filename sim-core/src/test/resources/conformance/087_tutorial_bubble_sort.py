def bubble_sort(items):
    items = list(items)
    n = len(items)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return items, swaps

data = [64, 34, 25, 12, 22, 11, 90]
result, swaps = bubble_sort(data)
print(result, swaps)
print(data)
print(bubble_sort([]), bubble_sort([1]), bubble_sort([1, 2, 3]))
print(bubble_sort(["pear", "apple", "fig"])[0])
print(bubble_sort(list(range(30, 0, -1)))[1])

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

print(insertion_sort([5, 2, 9, 1, 5, 6]) == sorted([5, 2, 9, 1, 5, 6]))

# The tutorial shape: zip over Executor.map, each line printed when its result is ready.
import time
import concurrent.futures

NUMBERS = [5, 2, 4]


def countdown(n):
    time.sleep(0.1 * n)
    return "slept %d" % n


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        start = time.monotonic()
        for number, text in zip(NUMBERS, executor.map(countdown, NUMBERS)):
            print(number, text, round(time.monotonic() - start, 1))
        print(list(enumerate(executor.map(countdown, [1, 2]))))


if __name__ == "__main__":
    main()

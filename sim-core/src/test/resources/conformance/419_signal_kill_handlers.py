# Handlers for SIGTERM, SIGUSR1 and SIGINT; os.kill and Process.terminate deliver them; SIG_IGN drops a
# signal; the default action of SIGTERM ends the process with exit code -15, SIGINT's raises KeyboardInterrupt.
import multiprocessing
import os
import signal
import time


def graceful(signum, frame):
    print("child got", signal.Signals(signum).name, flush=True)
    raise SystemExit(3)


def child_with_handler(ready):
    signal.signal(signal.SIGTERM, graceful)
    ready.put("ready")
    while True:
        time.sleep(0.1)


def child_default(ready):
    ready.put("ready")
    time.sleep(10)


if __name__ == "__main__":
    got = []
    signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
    os.kill(os.getpid(), signal.SIGUSR1)
    print("handled before the next line:", got)

    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGTERM)
    print("SIGTERM ignored")
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("KeyboardInterrupt from SIGINT")
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child_with_handler, args=(q,))
    p.start()
    q.get()
    p.terminate()
    p.join()
    print("exit code with a handler:", p.exitcode)

    d = multiprocessing.Process(target=child_default, args=(q,))
    d.start()
    q.get()
    os.kill(d.pid, signal.SIGTERM)
    d.join()
    print("exit code by default:", d.exitcode)
    print(signal.strsignal(signal.SIGTERM), int(signal.SIGKILL))

import logging
import multiprocessing


def work(n):
    print('working', n)
    if n == 2:
        raise ValueError('bad input %d' % n)


if __name__ == '__main__':
    logger = multiprocessing.log_to_stderr()
    logger.setLevel(logging.INFO)
    print(logger.name, logger.propagate, multiprocessing.get_logger() is logger)
    for n in (1, 2):
        p = multiprocessing.Process(target=work, args=(n,))
        p.start()
        p.join()
        print('exit code', p.exitcode)
    logger.info('main is done')

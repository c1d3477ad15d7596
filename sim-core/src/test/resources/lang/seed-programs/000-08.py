import os
import time
import subprocess
from select import select


def write_to_pipe(conn, buf):
    conn.sendall(buf)
    

def read_from_pipe(conn):
    return conn.recv(1024)


def get_file_size(filename):
    cmd = ['stat', '-c%s', filename]
    output = subprocess.check_output(cmd)
    return int(output.decode().split()[0])


if __name__ == '__main__':
    parent_conn, child_conn = os.pipe()
    
    if os.fork() == 0:
        # child process calculates file size and sends it through pipe
        size = get_file_size('/tmp/test.txt')
        write_to_pipe(parent_conn, str(size).encode())
        
        parent_conn.close()
    else:
        # parent process receives message and prints it out
        rlist, _, _ = select([parent_conn], [], [])
        if rlist:
            response = read_from_pipe(rlist[0]).strip().decode()
            print('File size is {} bytes.'.format(response))
        else:
            print('Timeout waiting for response.')

        os.wait()

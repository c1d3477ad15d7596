import os
import time
import subprocess
from select import select

parent_conn, child_conn = pipe()

if pid == 0:
    # parent process writes data into the pipe and waits for response
    f = open('/somefile', 'rb')
    p = subprocess.Popen(['cat'], stdin=f, stdout=child_conn)

    timeout = time.time() + 10    # wait up to 10 seconds for response
    rlist, _, _ = select([child_conn], [], [])
    if rlist:
        response = read_from_pipe(rlist[0])
        print('Received:', response)
    else:
        print('Timeout waiting for response.')
    f.close()
    
else:
    # child process reads from the pipe and sends back the size of the file
    sz = os.path.getsize('/somefile')
    write_to_pipe(parent_conn, str(sz).encode())
    parent_conn.close()

os.waitpid(p.pid, 0)     # wait for cat process to exit

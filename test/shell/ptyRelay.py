#!/usr/bin/env python3
# Runs a program in a fresh pseudo-terminal and relays bytes both ways: our stdin -> the
# terminal's keyboard, the terminal's screen -> our stdout. Tests drive real interactive
# shells through it exactly as an editor's terminal would (line discipline, readline, ZLE).
import os, pty, select, signal, sys, struct, fcntl, termios

def main():
    argv = sys.argv[1:]
    if argv and argv[0] == '--':
        argv = argv[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))
    stdin = sys.stdin.fileno()
    stdout = sys.stdout.fileno()
    open_in = True
    while True:
        fds = [fd] + ([stdin] if open_in else [])
        try:
            r, _, _ = select.select(fds, [], [], 0.5)
        except InterruptedError:
            continue
        if fd in r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b''
            if not data:
                break
            os.write(stdout, data)
        if stdin in r:
            data = os.read(stdin, 65536)
            if not data:
                open_in = False
                os.kill(pid, signal.SIGHUP)
            else:
                os.write(fd, data)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else 0)

main()

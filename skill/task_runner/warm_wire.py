"""One message of the warm server's protocol: a 4-byte big-endian length, that many bytes of
marshal, and file descriptors passed with the first bytes (SCM_RIGHTS).

A launcher writes one (launcher._request, with built-in modules only) for the server; the server
reads it (warm.py) and writes one of its own to its spare (the connection and the three streams),
which reads it (warm_spare.py).
"""

import marshal
import socket
import struct

MAX_SIZE = 4 << 20  # arguments and environment of a command: far below, or it is not one


def send(channel: socket.socket, fds: list[int], value) -> None:
    """Write ``value`` with ``fds``; OSError when the other end does not take all of it."""
    body = marshal.dumps(value)
    channel.sendmsg([len(body).to_bytes(4, "big")],
                    [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack(f"{len(fds)}i", *fds))])
    channel.sendall(body)


def receive(channel: socket.socket, fd_count: int) -> tuple[object | None, list[int]]:
    """(the value, the descriptors that came with it). The value is None when what came is not
    such a message (no or a short length, too big, other than ``fd_count`` descriptors); the
    descriptors are returned all the same, for the caller to close. EOFError when the writer left
    in the middle of its message."""
    data, ancillary, _, _ = channel.recvmsg(65536, socket.CMSG_SPACE(fd_count * 4))
    fds = [fd for level, kind, payload in ancillary if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS
           for (fd,) in struct.iter_unpack("i", payload[: len(payload) - len(payload) % 4])]
    if len(fds) != fd_count or not data:
        return None, fds
    while len(data) < 4:
        more = channel.recv(4 - len(data))
        if not more:
            return None, fds
        data += more
    size = int.from_bytes(data[:4], "big")
    if not 0 < size <= MAX_SIZE:
        return None, fds
    while len(data) < 4 + size:
        chunk = channel.recv(4 + size - len(data))
        if not chunk:
            raise EOFError("the writer left in the middle of its message")
        data += chunk
    return marshal.loads(data[4:4 + size]), fds

"""Is a recorded process still the one we started?

A pid alone is not enough: after a crash or a reboot the number can belong to
someone else. Linux gives each process a start time (field 22 of
``/proc/<pid>/stat``, in clock ticks since boot); a pid with another start
time is not ours. Where /proc is missing (macOS) we fall back to "the pid
exists", the best that platform offers without extra tools.
"""

import os

_HAVE_PROC = os.path.isdir("/proc/self")


def start_time(pid: int):
    """The kernel's start time of ``pid``; None when it is gone or a zombie (0 without /proc)."""
    if not _HAVE_PROC:
        return 0 if _exists(pid) else None
    fields = _stat_fields(pid)
    if fields is None or fields[0] in (b"Z", b"X"):  # exited, not yet reaped: it runs nothing any more
        return None
    return int(fields[19])


def _stat_fields(pid: int):
    """Fields 3… of /proc/<pid>/stat (state first); None when the process is gone.

    The command name (field 2) may hold spaces and parentheses: split after the last ')'.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return None
    return stat[stat.rindex(b")") + 2:].split()


def group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group ``pgid``.

    Without /proc, the group's existence is all we can learn: [pgid] while any
    member exists.
    """
    if not _HAVE_PROC:
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
        return [pgid]
    members = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields and fields[0] not in (b"Z", b"X") and int(fields[2]) == pgid:
                members.append(int(entry.name))
    return members


def with_environment(name: str, value: str) -> list[int]:
    """The live processes started with ``name=value`` in their environment ([] without /proc):
    how an attempt's worker is found when its supervisor died before recording its pid."""
    if not _HAVE_PROC:
        return []
    wanted = f"{name}={value}".encode()
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry.name}/environ", "rb") as handle:
                environment = handle.read()
        except OSError:  # gone meanwhile, or another user's
            continue
        if wanted in environment.split(b"\0") and start_time(int(entry.name)) is not None:
            found.append(int(entry.name))
    return found


def alive(pid, recorded_start) -> bool:
    """True when ``pid`` runs and is the process that had ``recorded_start``."""
    if not pid:
        return False
    current = start_time(int(pid))
    if current is None:
        return False
    return not _HAVE_PROC or recorded_start is None or current == recorded_start


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def which(program: str) -> str | None:
    """The path of ``program`` as a shell would find it on PATH, or None: ``shutil.which`` for a
    plain name on POSIX, without importing shutil (which loads bz2 and lzma: ~1.3 ms a command).
    A name with a slash is taken as it is."""
    if os.sep in program:
        return program if os.path.isfile(program) and os.access(program, os.X_OK) else None
    for folder in os.environ.get("PATH", os.defpath).split(os.pathsep):
        candidate = os.path.join(folder or os.curdir, program)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


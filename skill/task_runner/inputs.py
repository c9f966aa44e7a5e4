"""What the command line is given: argv words, a message, JSON on stdin, checked as text.

Every argument and every byte read from stdin must be UTF-8 text: anything else is refused
with a message naming where it was, before anything is done with it.
"""

import json
import sys

from task_runner.errors import UsageError, UserError
from task_runner.validate import check_text


def read_message(argument: str) -> str:
    message = stdin_text("the message") if argument == "-" else argument
    if not message.strip():
        raise UsageError("the message is empty; pass the user's message as an argument or on stdin with -.")
    return message


def read_json_stdin():
    """A JSON array of task objects from stdin, or a UserError saying what is wrong with it."""
    text = stdin_text("stdin-json", "nothing was added")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"stdin: not valid JSON: {error.msg} at line {error.lineno}, column "
                        f"{error.colno}; nothing was added.") from None
    except RecursionError:
        raise UserError("stdin: JSON nested too deep; nothing was added.") from None
    except ValueError as error:  # an integer of thousands of digits
        raise UserError(f"stdin: not usable JSON: {str(error)[:80]}; nothing was added.") from None
    if not isinstance(data, list):
        raise UserError("stdin: expected a JSON array of task objects; nothing was added.")
    return data


def stdin_text(what: str, outcome: str = "nothing was done") -> str:
    """All of stdin as UTF-8 text, or a UserError naming the first byte that is not."""
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserError(f"{what} on stdin is not UTF-8 text (byte 0x{raw[error.start]:02x} at offset "
                        f"{error.start}); send it as UTF-8; {outcome}.") from None


def check_arguments(argv: list[str]) -> None:
    """Every argument must be UTF-8 text: Python hands invalid bytes over as lone surrogates, which
    nothing can store or print. A UserError names the argument and the byte."""
    for position, word in enumerate(argv, 1):
        try:
            check_text(word, f"argument {position}")
        except UserError as error:
            shown = repr(word.encode("utf-8", "surrogateescape"))[2:-1][:40]
            raise UserError(f"{error} ".replace(f"argument {position}:", f"argument {position} ({shown}):", 1)
                            + "Nothing was done.") from None

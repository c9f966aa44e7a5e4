"""A small command-line parser for ``task-runner COMMAND [OPTIONS] [ARGS]``.

argparse costs ~7 ms of every command's start (its import, gettext looking up
translations on every help string, shutil for the terminal width), a quarter
of the budget of a command an agent runs many times a minute (issue 12 §5).
This parser does what the CLI needs and no more: long options (``--x V``,
``--x=V``, unique prefixes), a few short ones, flags, repeatable and
multi-value options, choices, int/float values, required options, one-of
groups, positionals (one, ``*``, ``+``), ``--``, options common to every
command before or after it, and ``-h``. Its messages follow argparse's, so a
user (or an agent) reads the same words: ``usage: …`` then
``task-runner CMD: error: …``, exit 2.
"""

import sys


class Opt:
    """An option. ``kind``: flag (store true), value, append (repeatable), many (one or more values)."""

    def __init__(self, names: tuple, dest: str, kind: str = "value", choices: tuple | None = None,
                 metavar: str | None = None, help: str = "", required: bool = False, type=None, default=None):
        self.names, self.dest, self.kind, self.choices = names, dest, kind, choices
        self.metavar, self.help, self.required, self.type, self.default = metavar, help, required, type, default


class Arg:
    """A positional argument; ``nargs`` None (exactly one), ``*`` or ``+``."""

    def __init__(self, dest: str, nargs: str | None = None, metavar: str | None = None, help: str = ""):
        self.dest, self.nargs, self.metavar, self.help = dest, nargs, metavar, help


class Command:
    """A subcommand: its options, positionals and one-of groups (``(required, [dest, …])``)."""

    def __init__(self, name: str, help: str):
        self.name, self.help = name, help
        self.options: list[Opt] = []
        self.args: list[Arg] = []
        self.one_of: list[tuple] = []

    def opt(self, *names, dest=None, kind="value", **settings) -> Opt:
        dest = dest or names[0].lstrip("-").replace("-", "_")
        default = settings.pop("default", [] if kind in ("append", "many") else False if kind == "flag" else None)
        option = Opt(names, dest, kind, default=default, **settings)
        self.options.append(option)
        return option

    def arg(self, dest, nargs=None, metavar=None, help="") -> None:
        self.args.append(Arg(dest, nargs, metavar, help))


class Namespace:
    def __init__(self, **values):
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return f"Namespace({self.__dict__!r})"


class Exit(SystemExit):
    """Raised for -h/--version (code 0) and for a usage error (code 2, already printed on stderr;
    ``message`` says what was wrong, for a caller that owes its reader a JSON document)."""

    def __init__(self, code: int, message: str = ""):
        super().__init__(code)
        self.message = message


def _is_option(word: str) -> bool:
    """argparse's rule: ``-``, negative numbers and words with a space are values, not options."""
    if not word.startswith("-") or word == "-" or " " in word:
        return False
    try:
        float(word)
        return False
    except ValueError:
        return True


class Parser:
    def __init__(self, prog: str, description: str, common: list, commands: list, version=None):
        self.prog, self.description, self.version = prog, description, version
        self.common = common  # Opt list accepted before and after the command
        self.commands = {command.name: command for command in commands}

    # ------------------------------------------------------------------ errors and help

    def _usage(self, command: Command | None) -> str:
        if command is None:
            return f"usage: {self.prog} [-h] [--json] [--dir DIR] [--workspace DIR] [--version] COMMAND ..."
        words = [f"{self.prog} {command.name} [-h]"]
        for option in command.options:
            shown = option.names[0] + ("" if option.kind == "flag" else f" {_metavar(option)}")
            words.append(shown if option.required else f"[{shown}]")
        if len(" ".join(words)) > 72:  # a long list reads better in -h; the usage line names what is required
            words = [words[0], "[options]"] + [w for w, o in zip(words[1:], command.options) if o.required]
        for arg in command.args:
            name = arg.metavar or arg.dest
            words.append({None: name, "*": f"[{name} ...]", "+": f"{name} [{name} ...]"}[arg.nargs])
        return "usage: " + " ".join(words)

    def error(self, command: Command | None, message: str):
        prog = f"{self.prog} {command.name}" if command else self.prog
        sys.stderr.write(f"{self._usage(command)}\n{prog}: error: {message}\n")
        raise Exit(2, message)

    def help(self, command: Command | None) -> str:
        lines = [self._usage(command), ""]
        if command is None:
            lines += [self.description, "", "commands:"]
            lines += [f"  {name:<14}{c.help}" for name, c in self.commands.items()]
            lines += ["", f"Run '{self.prog} COMMAND -h' for a command's options."]
        else:
            lines += [command.help]
            if command.args:
                lines += ["", "arguments:"] + [f"  {a.metavar or a.dest:<22}{a.help}" for a in command.args]
            lines += ["", "options:", f"  {'-h, --help':<22}show this help message and exit"]
            for option in command.options + self.common:
                names = ", ".join(option.names) + ("" if option.kind == "flag" else f" {_metavar(option)}")
                lines.append(f"  {names:<22}{option.help}" if len(names) < 22 else f"  {names}\n  {'':<22}{option.help}")
        return "\n".join(lines) + "\n"

    # ------------------------------------------------------------------ parsing

    def parse_args(self, argv: list[str]) -> Namespace:
        values = {option.dest: option.default for option in self.common}
        command, positionals, given = None, [], []
        words, index, only_values = list(argv), 0, False
        while index < len(words):
            word = words[index]
            index += 1
            if only_values or not (self._known(command, word) or _is_option(word)):
                if command is None and not only_values:
                    command = self.commands.get(word)
                    if command is None:
                        choices = ", ".join(repr(name) for name in self.commands)
                        self.error(None, f"argument COMMAND: invalid choice: {word!r} (choose from {choices})")
                    values.update({option.dest: option.default for option in command.options})
                else:
                    positionals.append(word)
                continue
            if word == "--":
                only_values = True
                continue
            if word in ("-h", "--help"):
                sys.stdout.write(self.help(command))
                raise Exit(0)
            if word == "--version" and command is None and self.version:
                sys.stdout.write(self.version())
                raise Exit(0)
            name, has_value, inline = word.partition("=")
            option = self._find(command, name)
            given.append(option)
            if option.kind == "flag":
                if has_value:
                    self.error(command, f"argument {option.names[0]}: ignored explicit argument {inline!r}")
                values[option.dest] = True
                continue
            if option.kind == "many":
                taken = [inline] if has_value else []
                while index < len(words) and not _is_option(words[index]):
                    taken.append(words[index])
                    index += 1
                if not taken:
                    self.error(command, f"argument {option.names[0]}: expected at least one argument")
                values[option.dest] = values[option.dest] + taken
                continue
            if not has_value:
                if index >= len(words) or (_is_option(words[index]) and self._known(command, words[index])):
                    self.error(command, f"argument {option.names[0]}: expected one argument")
                inline = words[index]
                index += 1
            value = self._convert(command, option, inline)
            values[option.dest] = values[option.dest] + [value] if option.kind == "append" else value
        if command is None:
            self.error(None, "the following arguments are required: COMMAND")
        self._check(command, values, positionals, given)
        return Namespace(command=command.name, **values)

    def _known(self, command: Command | None, word: str) -> bool:
        name = word.partition("=")[0]
        return any(name in option.names for option in self._options(command)) or name in ("-h", "--help")

    def _options(self, command: Command | None) -> list:
        return (command.options if command else []) + self.common

    def _find(self, command: Command | None, name: str) -> Opt:
        options = self._options(command)
        for option in options:
            if name in option.names:
                return option
        if name.startswith("--"):  # a unique prefix of a long option, as argparse allows
            matches = [option for option in options if any(n.startswith(name) for n in option.names)]
            if len(matches) == 1:
                return matches[0]
            if matches:
                names = ", ".join(next(n for n in m.names if n.startswith(name)) for m in matches)
                self.error(command, f"ambiguous option: {name} could match {names}")
        where = f" for {command.name}" if command else " (put it after the command)"
        self.error(command, f"unrecognized arguments: {name}{where}")

    def _convert(self, command: Command, option: Opt, text: str):
        if option.type is not None:
            try:
                return option.type(text)
            except ValueError:
                self.error(command, f"argument {option.names[0]}: invalid {option.type.__name__} value: {text!r}")
        if option.choices is not None and text not in option.choices:
            choices = ", ".join(repr(choice) for choice in option.choices)
            self.error(command, f"argument {option.names[0]}: invalid choice: {text!r} (choose from {choices})")
        return text

    def _check(self, command: Command, values: dict, positionals: list, given: list) -> None:
        missing = [option.names[0] for option in command.options if option.required and option not in given]
        for required, dests in command.one_of:
            chosen = [option for option in given if option.dest in dests]
            if len({option.dest for option in chosen}) > 1:
                self.error(command, f"argument {chosen[-1].names[0]}: not allowed with argument {chosen[0].names[0]}")
            if required and not chosen:
                names = " ".join(o.names[0] for o in command.options if o.dest in dests)
                self.error(command, f"one of the arguments {names} is required")
        rest = list(positionals)
        for position, arg in enumerate(command.args):
            later = sum(1 for other in command.args[position + 1:] if other.nargs in (None, "+"))
            if arg.nargs is None:
                if rest:
                    values[arg.dest] = rest.pop(0)
                else:
                    missing.append(arg.metavar or arg.dest)
            else:
                taken, rest = rest[:max(0, len(rest) - later)], rest[max(0, len(rest) - later):]
                if arg.nargs == "+" and not taken:
                    missing.append(arg.metavar or arg.dest)
                values[arg.dest] = taken
        if missing:
            self.error(command, "the following arguments are required: " + ", ".join(missing))
        if rest:
            self.error(command, "unrecognized arguments: " + " ".join(rest))


def _metavar(option: Opt) -> str:
    if option.metavar:
        return option.metavar + (" ..." if option.kind == "many" else "")
    if option.choices:
        return "{" + ",".join(option.choices) + "}"
    return option.dest.upper()


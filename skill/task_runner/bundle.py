"""The skill files (SKILL.md, HEARTBEAT.md.template, references/) as shipped with the package.

One source of truth: the files live at the repository root, where a clone of
the repository is itself a skill folder. ``task_runner/skill_files/`` holds
relative symlinks to them, so an editable install reads the originals and a
wheel build (setuptools copies the files the links point to) carries real
copies. ``install-skill`` and the HEARTBEAT.md block both read them from here.
"""

from pathlib import Path

BUNDLE_DIR = Path(__file__).resolve().parent / "skill_files"
TOP_LEVEL_FILES = ("SKILL.md", "HEARTBEAT.md.template")
REFERENCES = "references"


def skill_file(name: str) -> Path:
    return BUNDLE_DIR / name


def bundle_files() -> list[tuple[Path, str]]:
    """Every file to install, as (source, path relative to the skill folder)."""
    files = [(BUNDLE_DIR / name, name) for name in TOP_LEVEL_FILES]
    references = BUNDLE_DIR / REFERENCES
    files += [(path, f"{REFERENCES}/{path.name}")
              for path in sorted(references.iterdir()) if path.is_file() and path.suffix == ".md"]
    return files

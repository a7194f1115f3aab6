"""Reading a JSON file a user hands to the app (favourites/notes export, column mapping) without trusting it.

Issue 14: hostile files raised TypeError, UnicodeEncodeError (lone surrogates such as "\\ud800", which JSON
allows and UTF-8 cannot store) or RecursionError (deep nesting) instead of a clear message. Here: the size is
bounded before anything is parsed, the nesting depth after, and every text must be storable as UTF-8.
"""

from __future__ import annotations

import json
from pathlib import Path


class JsonInputError(ValueError):
    """The file is not a usable JSON document; the message says why, for the user."""


def read_json(path: Path, *, max_bytes: int, max_depth: int) -> object:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise JsonInputError(f"{path}: file too large ({size / 1e6:.1f} MB; at most {max_bytes / 1e6:g} MB)")
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as exc:
        raise JsonInputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(raw) > max_bytes:  # grew since stat (or a special file)
        raise JsonInputError(f"{path}: file too large (at most {max_bytes / 1e6:g} MB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonInputError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    try:
        value = json.loads(text)
    except RecursionError as exc:
        raise JsonInputError(f"{path}: nested too deeply") from exc
    except ValueError as exc:
        raise JsonInputError(f"{path}: not valid JSON ({exc})") from exc
    check_value(value, max_depth=max_depth, where=str(path))
    return value


def check_value(value: object, *, max_depth: int, where: str) -> None:
    """Depth at most `max_depth`, and no text UTF-8 cannot store (walked without recursion)."""
    todo: list[tuple[object, int]] = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                raise JsonInputError(f"{where}: nested too deeply (more than {max_depth} levels)")
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            todo.extend((child, depth + 1) for child in children)
        elif isinstance(item, str) and not is_storable(item):
            raise JsonInputError(f"{where}: text with an invalid character (a lone surrogate such as \\ud800): "
                                 f"{item[:40].encode('utf-8', 'backslashreplace').decode()!r}")


def is_storable(text: str) -> bool:
    """Whether `text` can be written as UTF-8 (false for lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

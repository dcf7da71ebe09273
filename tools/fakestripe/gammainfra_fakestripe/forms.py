"""Stripe's form encoding (`a[b][0][c]=v`) to nested dicts and lists, and back
to ordered pairs (for replaying a request elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PART = re.compile(r"\[([^\]]*)\]")


def _path(key: str) -> list[str]:
    head, _, rest = key.partition("[")
    return [head] + (_PART.findall("[" + rest) if rest else [])


def decode_form(pairs: Iterable[tuple[str, str]]) -> dict:
    root: dict = {}
    for key, value in pairs:
        path = _path(key)
        node = root
        for i, part in enumerate(path):
            last = i == len(path) - 1
            nxt_is_index = not last and path[i + 1].isdigit()
            if isinstance(node, list):
                idx = int(part)
                while len(node) <= idx:
                    node.append(None)
                if last:
                    node[idx] = value
                else:
                    if node[idx] is None:
                        node[idx] = [] if nxt_is_index else {}
                    node = node[idx]
            else:
                if last:
                    node[part] = value
                else:
                    node = node.setdefault(part, [] if nxt_is_index else {})
    return root

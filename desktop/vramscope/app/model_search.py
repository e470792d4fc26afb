"""Ranking the model picker's matches for what the user typed (Qt-free, shared and tested).

A plain "contains" filter lists matches in the picker's order, where the size presets come
before the catalog: typing "qwen2.5 14" showed the preset "13-14B (like Qwen2.5 14B)" above the
real Qwen2.5 14B. Here a match on a model's own name beats a match on the model a preset
borrows its architecture from, and a name that starts with the query beats one that merely
contains its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .session import ModelChoice

__all__ = ["rank_choices"]

# Match tiers, best first (the first element of the sort key).
_TIER_PREFIX = 0  # the name starts with the query: "qwen2.5 14" -> "Qwen2.5 14B"
_TIER_PHRASE = 1  # the query is in the name at a word start: "14b" -> "Qwen2.5 Coder 14B"
_TIER_WORDS = 2  # every word starts a word of the name: "qwen 14" -> "Qwen2.5 Coder 14B"
_TIER_SUBSTRING = 3  # every word is somewhere in the name or id
_TIER_BORROWED = 4  # only the preset's "like <model>" part matches


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s()\-_/:,]+", text.casefold()) if w]


def _tier(query: str, words: list[str], name: str, extra: str) -> int | None:
    low = name.casefold()
    if low.startswith(query):
        return _TIER_PREFIX
    if re.search(r"(^|[\s(\-_/])" + re.escape(query), low):
        return _TIER_PHRASE
    name_words = _words(name)
    if all(any(nw.startswith(w) for nw in name_words) for w in words):
        return _TIER_WORDS
    hay = f"{low} {extra.casefold()}"
    if all(w in hay for w in words):
        return _TIER_SUBSTRING
    return None


def rank_choices(choices: Sequence[ModelChoice], query: str) -> list[ModelChoice]:
    """The choices matching ``query`` (every word, ignoring case), best match first; ties keep
    the picker's order. An empty query returns every choice in order."""
    q = " ".join(query.casefold().split())
    if not q:
        return list(choices)
    words = q.split()
    ranked: list[tuple[int, int, ModelChoice]] = []
    for i, c in enumerate(choices):
        tier = _tier(q, words, c.name, c.model_id)
        borrowed = c.kind == "preset" and bool(c.based_on)
        if tier is None and borrowed and _tier(q, words, c.based_on, "") is not None:
            tier = _TIER_BORROWED
        if tier is not None:
            ranked.append((tier, i, c))
    ranked.sort(key=lambda t: (t[0], t[1]))
    return [c for _, _, c in ranked]

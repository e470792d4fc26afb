"""app.model_search (issue 14 item 11): the model picker's ranking of what the user typed."""

from __future__ import annotations

from vramscope.app import session
from vramscope.app.model_search import rank_choices


def _picker() -> list[session.ModelChoice]:
    # the picker's own order: presets before the catalog (EstimatorState.all_choices)
    return [*session.preset_choices(), *session.catalog_choices()]


def test_real_model_ranks_above_the_preset_like_it() -> None:
    """Typing "qwen2.5 14" ranks the real Qwen2.5 14B above the preset "13-14B (like Qwen2.5
    14B)", which a plain "contains" filter listed first."""
    ranked = rank_choices(_picker(), "qwen2.5 14")
    keys = [c.key for c in ranked]
    assert keys[0] == "catalog:qwen2.5-14b"
    preset = next(c for c in ranked if c.kind == "preset")
    assert "Qwen2.5 14B" in preset.based_on
    assert keys.index(preset.key) > keys.index("catalog:qwen2.5-coder-14b")


def test_ranking_prefers_a_name_prefix_and_keeps_every_match() -> None:
    choices = _picker()
    ranked = rank_choices(choices, "Llama 3.1")
    assert ranked[0].name.startswith("Llama 3.1")
    assert {c.key for c in ranked} >= {"catalog:llama-3.1-8b", "catalog:llama-3.1-70b"}
    # a preset's own name still finds it first
    assert rank_choices(choices, "13-14")[0].kind == "preset"
    assert rank_choices(choices, "") == choices
    assert rank_choices(choices, "no such model at all") == []

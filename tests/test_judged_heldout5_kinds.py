"""What the editors rejected as post kinds and labels in held-out sample 5 of session 7
(bench/judged/2026-12-05-heldout-5a/-5b/-5c.jsonl), by family, on the rejected feeds' own text."""

from __future__ import annotations

from bot.parsing.categories import is_topic

# Hashtags: a piece's kind and a site's selection or rating housekeeping name no topic.


def test_kinds_of_piece_and_selection_labels_are_no_hashtags() -> None:
    # Sky Sports' "News Story"/"Feature Story" (selfoss feed-test-xsl.xml) and Escape Pod's
    # "EP Original", "2023 Award Voters Selection", "10 and Up" (escapepod.org podcast feed).
    kinds = ["News Story", "Feature Story", "Features", "EP Original", "Exclusive"]
    housekeeping = ["2023 Award Voters Selection", "10 and Up", "17 and Up"]
    assert not any(is_topic(t) for t in kinds + housekeeping)
    # Topics that hold the same words stay ("Snap Stories", Thoof's "New Features").
    topics = ["Snap Stories", "New Features", "Swift Language Features", "Short Stories"]
    assert all(is_topic(t) for t in topics + ["Netflix Originals", "Storytelling", "News"])

"""A call to check a named page the post does not carry goes, as "See the release notes" does
(held-out sample 19's rejects, /work/judge20/rejects.jsonl). Short strings are quoted from kalv
ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.text.references import without_page_references


def test_a_call_to_check_a_named_page_goes() -> None:
    # Sample 19 (s21-all), feed--768223681, entry 14: the page was a link the post dropped.
    text = (
        "Deerhunter will return for the rescheduled Worcester show. "
        "Check the performance page for full details."
    )
    assert without_page_references(text) == (
        "Deerhunter will return for the rescheduled Worcester show."
    )
    # Pools: "Check the release notes for more information.", a step of a how-to.
    assert without_page_references("It is out. Check the release notes for more information.") == (
        "It is out."
    )


def test_checking_a_box_or_a_page_as_a_step_stays() -> None:
    for text in (
        "Check the box next to the matching entry and select Add.",
        "You no longer need to check the documentation to find out if a type is safe.",
        "Check the weather before you go.",
    ):
        assert without_page_references(text) == text

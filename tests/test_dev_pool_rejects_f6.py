"""Defect families helper F6 found reading every entry of session 6's 83 small-web dev feeds
(not only the judged samples), by family, checked on excerpts of the real feeds."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from tests.conftest import carried
from tests.test_dev_pool_rejects import parsed, posts

THUNDERGOLFER = ("judged", "dev-thundergolfer-powers.xml")


# Telegram's HTML has no <sup>/<sub>: a power read as plain text ("a perceptron with N2
# parameters") says something else. Powers and indices are written as Unicode super- and
# subscripts; footnote marks are still dropped, and a mark with no such form ("5<sup>th</sup>")
# is left as it was.


def test_a_power_in_the_lead_is_written_raised() -> None:
    [post] = posts(parsed(*THUNDERGOLFER), carried(*THUNDERGOLFER).as_uri())
    assert "a single-layer perceptron with N² parameters can store" in post.summary
    assert "N2" not in post.summary


def _text(markup: str) -> str:
    return " ".join(block.text for block in to_blocks(markup))


def test_powers_and_indices_read_right_and_other_marks_do_not_change() -> None:
    # Seen over the dev pool: "O(n<sup>2</sup>)", "CO<sub>2</sub>", "10<sup>-6</sup>",
    # "x<sub>1</sub>", "5<sup>th</sup>", "T<sub>PVKey</sub>", footnote links.
    assert _text("<p>It runs in O(n<sup>2</sup>) time.</p>") == "It runs in O(n²) time."
    assert _text("<p>CO<sub>2</sub> and 10<sup>-6</sup> m.</p>") == "CO₂ and 10⁻⁶ m."
    assert _text("<p>Let x<sub>1</sub> be x<sup>n+1</sup>.</p>") == "Let x₁ be xⁿ⁺¹."
    assert _text("<p>On the 5<sup>th</sup> day T<sub>PVKey</sub> ran.</p>") == (
        "On the 5th day TPVKey ran."
    )
    note = '<p>It ends.<sup><a href="#fn1">1</a></sup> Then more.</p>'
    assert _text(note) == "It ends. Then more."

"""Held-out sample 10's text families (helper V3): joiners a script spells with stay in the
text; checked on the entry's own words (Hoder's Persian link blog, pear/XML_Feed_Parser, LGPL)."""

from __future__ import annotations

from bot.parsing.post_kinds import is_post_kind
from bot.text.blocks import to_blocks
from bot.text.summaries import summarize


def _text(html: str) -> str:
    return " ".join(b.text for b in to_blocks(html))


# Hoder's summary lost every zero-width non-joiner: "بعضی‌ها" read "بعضیها" and "می‌کنند"
# read "میکنند", misspelt Persian. The joiner is part of the word's spelling.


def test_a_persian_zero_width_non_joiner_is_kept_in_the_summary() -> None:
    sentence = (
        "چطور بعضی\u200cها فکر می\u200cکنند دست راستی\u200cهای آمریکا"
        " از خامنه\u200cای ملی\u200cگراترند."
    )
    assert _text(f"<p>{sentence}</p>") == sentence
    assert (
        _text("<p>چطور بعضی&zwnj;ها فکر می&#8204;کنند</p>") == "چطور بعضی\u200cها فکر می\u200cکنند"
    )
    assert "بعضی\u200cها" in summarize(f"<p>{sentence}</p>", title="لينکدونی")


def test_an_emoji_joiner_stays_and_a_stray_one_in_latin_text_goes() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert _text(f"<p>The family {family} came.</p>") == f"The family {family} came."
    assert _text("<p>ad\u200cvert and wo\u200brd\u00ad</p>") == "advert and word"


# ReadWriteWeb's "Analysis" was the only tag on a news item and GigaOM's "Picks" (editor's
# picks) another: a piece's making, not its topic. A topic that names analysis stays a topic.


def test_analysis_and_picks_are_post_kinds_not_topics() -> None:
    for kind in ("Analysis", "Picks", "Editor's Picks", "News Analysis"):
        assert is_post_kind(kind), kind
    for topic in ("Data Analysis", "Stock Picks", "Analytics"):
        assert not is_post_kind(topic), topic

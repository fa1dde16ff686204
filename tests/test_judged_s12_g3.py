"""Credits, links and tags this round's audits rejected (bench/judged/2026-12-06-s12-audit-A*.jsonl,
development data). The source repositories state no licence: short strings are quoted from the
entries instead of files."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.parsing.title_tags import title_hashtags
from bot.text.blocks import to_blocks

# Hashtags closing a headline are its tags only where a headline is left without them: after a
# bare episode number (Fredagspodden "435. #sminkförhumöret") or a colon (Nerdcast "Debate:
# #vaitercopa #nãovaitercopa") they are the headline's own words.


def test_tags_after_a_bare_episode_number_stay_the_headline() -> None:
    assert title_hashtags("435. #sminkförhumöret") == ("435. #sminkförhumöret", ())


def test_tags_after_a_colon_stay_the_headline() -> None:
    title = "Nerdcast 418 – Debate: #vaitercopa #nãovaitercopa"
    assert title_hashtags(title) == (title, ())


def test_tags_after_a_complete_headline_are_still_taken_out() -> None:
    title = "Did Amazon Create The Soviet Dream? #history #politics #ai"
    assert title_hashtags(title) == (
        "Did Amazon Create The Soviet Dream?",
        ("history", "politics", "ai"),
    )


# An aggregator's "Source: <a>CBS News - World News</a>" names the outlet and its section: the
# credit is the outlet's name, not the linked domain ("Originally published by cbsnews.com").


def _origin(html: str) -> str | None:
    blocks = to_blocks(html)
    verdict = attribute(
        blocks,
        find_notices(blocks, html),
        site_name="Psychology Headlines Around the World",
        site_url="http://www.socialpsychology.org/",
    )
    return verdict.original_publisher if verdict.is_reprint else None


def test_a_source_link_naming_an_outlet_and_its_section_credits_the_outlet() -> None:
    text = (
        "An independent expert panel commissioned by the U.N. Human Rights Council has concluded."
    )
    for label, href, outlet in (
        ("CBS News - World News", "https://www.cbsnews.com/world/", "CBS News"),
        ("Science Daily - Top Health", "https://www.sciencedaily.com/", "Science Daily"),
    ):
        html = f'<div><p>Source: <a href="{href}" rel="tag">{label}</a></p>{text}</div>'
        assert _origin(html) == outlet


def test_a_person_before_a_dash_is_not_taken_for_an_outlet() -> None:
    text = (
        "An independent expert panel commissioned by the U.N. Human Rights Council has concluded."
    )
    html = (
        f'<div><p>Source: <a href="https://jd.example.com/">Jane Doe - My Blog</a></p>{text}</div>'
    )
    assert _origin(html) != "Jane Doe"

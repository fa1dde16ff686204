"""Credits, links and tags this round's audits rejected (bench/judged/2026-12-06-s12-audit-A*.jsonl,
development data). The source repositories state no licence: short strings are quoted from the
entries instead of files."""

from __future__ import annotations

from bot.parsing.title_tags import title_hashtags

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

"""What an editor rejected in helper F5's sample of session 6's development pool
(bench/judged/2026-12-05-s6-f5.jsonl), by family: each is checked on real entries of the
rejected feeds (excerpts under tests/data/judged/dev-*)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.references import pointer_link_cuts
from tests.test_judged_dev_pool import post_of

# Pointers: a sentence whose link text only points ("here", "See here for …") points at a link
# the post does not carry.


def test_a_sentence_pointing_at_a_link_here_is_no_lead_text() -> None:
    woit = post_of("dev-woit.xml", "Weil Anima")
    assert "video of the talk here" not in woit.summary
    assert woit.summary.startswith("Dustin Clausen is giving a course at the IHES")
    assert "I just watched the IHES Clausen talk" in woit.summary
    scherlis = post_of("dev-scherlis.xml", "Inner Misalignment")
    assert "from Beth Barnes here" not in scherlis.summary
    assert "Scott Alexander has a recent post up on large language models" in scherlis.summary


def test_a_link_that_opens_see_here_goes_with_its_sentence() -> None:
    # "<a>See here for additional links</a> about origami math, …" twice, and "any broken
    # links below": the post holds none of these links.
    origami = post_of("dev-langorigami-links.xml", "Computational Origami")
    assert "See here" not in origami.summary
    assert "links below" not in origami.summary
    assert origami.summary.startswith("This page contains links to computational tools")


def test_links_that_name_what_they_link_to_stay() -> None:
    # A link that names its target, and a sentence opening "Here's", are the writer's text.
    blocks = to_blocks(
        '<p>Read <a href="/notes">the release notes</a>. '
        '<a href="/fix">Here’s the fix</a> for it. I live <a href="/map">here</a> now.</p>'
    )
    [cut] = pointer_link_cuts(blocks)
    assert blocks[0].text[cut.start : cut.end].strip() == "I live here now."

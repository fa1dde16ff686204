"""What the editor rejected in the session-12 audit of sessions 7 and 8's pools (one entry of 70
feeds, bench/judged/2026-12-06-s12-audit-A2.jsonl, development data), family by family."""

from __future__ import annotations

from bot.compose.headlines import headline, summary_beside
from tests.test_judged_dev_pool import post_of

# A date-titled ChangeLog item whose first sentence runs over two hard-wrapped lines (over
# 120 characters) has no headline of its own: its stand-in is that sentence cut with "…". The
# post gives the text once from its start, never the cut headline over the sentence's rest.


def test_a_cut_stand_in_headline_gives_way_to_the_whole_text() -> None:
    post = post_of("a2s12-slackware-long-first.xml", "recordmydesktop:")
    assert post.title == ""
    assert post.summary.startswith(
        "recordmydesktop: applied a patch to the 0.3.8.1 which fixes the 'Advanced' button "
        "which was broken if you did not have JackD installed."
    )


def test_a_short_first_sentence_still_heads_its_post() -> None:
    post = post_of("a2s12-slackware-long-first.xml", "vlc: updated")
    assert post.title == "vlc: updated to 2.1.2."
    assert post.summary.startswith("Enabled the 10-bit decoder in x624")


def test_a_cut_headline_longer_than_the_summary_still_heads_the_post() -> None:
    # A microblog's whole post cut into its title: the summary stays what follows it.
    def summarise(title: str | None) -> str:
        return "" if title else "The first sentence. The second one."

    assert summary_beside("The first sentence. The second one and the…", summarise) == ""
    assert summary_beside("The first sentence. The…", summarise) == (
        "The first sentence. The second one."
    )
    assert headline("The first sentence. The…", "The first sentence. The second one.") == ""
    # A feed's own title ending on dots that the summary does not open with is still shown.
    assert headline("Wait for it…", "The launch is on Monday.") == "Wait for it…"

"""What the editors rejected as post kinds and labels in held-out sample 5 of session 7
(bench/judged/2026-12-05-heldout-5a/-5b/-5c.jsonl), by family, on the rejected feeds' own text."""

from __future__ import annotations

from bot.parsing.categories import is_topic
from bot.parsing.post_kinds import is_post_kind
from bot.text.blocks import to_blocks
from bot.text.byline_labels import author_names, byline_label_cuts
from bot.text.notes import is_author_note
from tests.test_judged_dev_pool import read

# Hashtags: a piece's kind and a site's selection or rating housekeeping name no topic.


def test_kinds_of_piece_and_selection_labels_are_no_hashtags() -> None:
    # Sky Sports' "News Story"/"Feature Story" (selfoss feed-test-xsl.xml) and Escape Pod's
    # "EP Original", "2023 Award Voters Selection", "10 and Up" (escapepod.org podcast feed).
    kinds = ["News Story", "Feature Story", "Features", "EP Original", "Exclusive"]
    housekeeping = ["2023 Award Voters Selection", "10 and Up", "17 and Up"]
    assert not any(is_topic(t) for t in kinds + housekeeping)
    # Topics that hold the same words stay ("Snap Stories", Thoof's "New Features").
    topics = ["Snap Stories", "New Features", "Swift Language Features", "Short Stories"]
    assert all(is_topic(t) for t in topics + ["Netflix Originals", "Storytelling"])
    # "News" alone is the kind of post, on any share of items (session 12, post_kinds).
    assert is_post_kind("News")


# Headlines and summaries: a site's name for its kind of post, and its byline as a label.


def test_a_post_kind_label_and_the_authors_name_as_a_label_are_dropped() -> None:
    # Penny Arcade: "News Post: Artwork" by gabe@… (Gabe), text "Gabe: Some new … art."
    posts = [post for _, post in read("heldout5-pennyarcade.xml")[1]]
    assert [p.title for p in posts] == [
        "Artwork",
        "A cube with rough edges: PAR reviews the OUYA console, controller, and service",
    ]
    assert posts[0].summary.startswith("Some new Daughters of the Eyrewood art.")
    assert posts[1].summary.startswith("Setting up the OUYA is an easy process.")


def test_a_label_that_is_not_the_authors_name_stays() -> None:
    blocks = to_blocks("<p>Update: the server is back.</p>")
    assert byline_label_cuts(blocks, "gabe@penny-arcade.com (Gabe)") == []
    assert byline_label_cuts(blocks, None) == []
    assert author_names("bkuchera@penny-arcade.com (Ben Kuchera)") == {"ben kuchera"}


def test_tumblrs_kind_title_of_a_captionless_post_is_no_headline() -> None:
    # sarahcandersen.com: "Photo" over a picture only; a captioned post keeps its headline.
    posts = {
        (entry.link or "").rsplit("/", 1)[-1]: post
        for entry, post in read("heldout5-tumblr-photo.rss")[1]
    }
    assert posts["665845171828752386"].title == ""
    assert posts["665845171828752386"].image_url
    assert all(post.title for key, post in posts.items() if key != "665845171828752386")


def test_markdown_emphasis_in_html_text_and_headlines_reads_as_text() -> None:
    [(_, comment)] = read("heldout5-disqus-emphasis.rss")[1]
    assert "What we do know" in comment.summary and "*" not in comment.summary
    [(_, release)] = read("heldout5-rssowl-emphasis.atom")[1]
    assert release.title == "RSSOwl 1.2.1 Beta-Test update"
    # Asterisks that are no emphasis stay: a pointer, an argument list, a footnote mark.
    kept = "<p>int *p = *q; f(*args, **kwargs); price* and tax*</p>"
    assert to_blocks(kept)[0].text == "int *p = *q; f(*args, **kwargs); price* and tax*"


# Leads: an update note in other languages; a clause after "?!" stays glued to it.


def test_a_swedish_update_note_does_not_open_the_summary() -> None:
    [(_, post)] = read("heldout5-fz-uppdatering.xml")[1]
    assert not post.summary.startswith("Uppdatering")
    assert is_author_note("Oppdatering: Vi har lagt til en video.")
    assert not is_author_note("Uppdateringar av appen kommer varje vecka och är gratis.")


def test_a_comma_after_an_emphasised_exclamation_keeps_its_place() -> None:
    [(_, post)] = read("heldout5-rhonabwy-wtf.xml")[1]
    assert "WTF?!, and the SwiftUI layout engine" in post.summary

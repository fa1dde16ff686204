"""What the editors rejected in the lead's text in held-out sample 3
(bench/judged/2026-12-05-heldout-3a.jsonl and -3b.jsonl), by family, on the real entries."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.markdown_blocks import is_markdown
from tests.test_judged_families import post_of, read

FULGIDUS = ("judged", "heldout3-fulgidus-markdown.rss")

# A static-site feed that carries each post's Markdown source as its content: headings, list
# marks and backticks are structure, never the lead's text.


def test_markdown_content_is_read_as_structure_not_as_marks() -> None:
    posts = read(*FULGIDUS)
    assert len(posts) == 3
    for _entry, post in posts:
        assert "##" not in post.summary
        assert "`" not in post.summary
        assert not post.summary.startswith(("-", "import "))
    email = post_of(FULGIDUS, "Building a Secure Email Obfuscator")
    assert email.summary.startswith("Ever noticed how quickly a publicly posted email address")
    assert "Why Do We Need This?" not in email.summary
    copilot = post_of(FULGIDUS, "Optimizing Programming with GitHub Copilot")
    assert "focus on the copilot-instructions.md file" in copilot.summary
    css = post_of(FULGIDUS, "Didn’t know CSS could do that")
    assert css.summary.startswith("Discovered that CSS offers advanced features like :has")


def test_markdown_headings_and_lists_become_headings_and_items() -> None:
    text = "## Summary:\n\n- First `point` here.\n- Second point.\n\nA paragraph of *prose*."
    assert is_markdown(text)
    blocks = to_blocks(text)
    assert [(b.text, b.role) for b in blocks] == [
        ("Summary:", "heading"),
        ("First point here.", "item"),
        ("Second point.", "item"),
        ("A paragraph of prose.", "para"),
    ]


def test_html_and_plain_text_are_not_taken_for_markdown() -> None:
    assert not is_markdown("<p>## not a heading</p>\n<p>text</p>")
    assert not is_markdown("One line of plain text, # with a hash.")
    # Plain-text lists are how e-mail style posts are written: not Markdown without code marks.
    assert not is_markdown("Shopping:\n- eggs\n- milk\n")
    # HTML shown as an example inside fenced code does not make Markdown HTML.
    assert is_markdown("## Intro\n\nText.\n\n```html\n<section><h2>Hi</h2></section>\n```\n")


# Page furniture before or in the lead: a last-updated stamp and the TL;DR box after it, a
# callout box pointing at a follow-up post, a preface aside set off before the article.


def test_a_last_updated_stamp_ends_the_lead_before_the_tldr_box() -> None:
    path = ("judged", "heldout3-updated-stamp.rss")
    for _entry, post in read(*path):
        assert "aktualisiert" not in post.summary
        assert "TL;DR" not in post.summary
    words = post_of(path, "120+ geniale Power Words")
    assert words.summary.endswith("Dein Leser bleibt bei dir.")
    aida = post_of(path, "AIDA-Formel verständlich erklärt")
    assert aida.summary.endswith("die bei deiner Zielgruppe zünden.")


def test_a_callout_box_is_not_the_lead() -> None:
    reboot = post_of(("judged", "heldout3-callout-box.rss"), "2025: My Privacy Reboot")
    assert reboot.summary.startswith("The line between privacy and security isn’t always clear")
    assert "follow-up" not in reboot.summary


def test_a_preface_announcement_is_left_out_of_the_lead() -> None:
    grow = post_of(("judged", "heldout3-preface-aside.atom"), "Grow slowly, stay small")
    assert grow.summary.startswith("I've always been fascinated by old, multi-generational")
    assert "Japan in April" not in grow.summary


# Promo and pointers: a listen-instead offer, a pointer at a recording the post does not carry,
# a link's address written out in brackets inside a sentence.


def test_a_listen_instead_offer_is_left_out_with_what_it_says_of_the_episode() -> None:
    email = post_of(("judged", "heldout3-listen-instead.rss"), "Email Authenticity 101")
    assert email.summary.startswith("Password resets, two factor codes")
    assert "Heavy Networking" not in email.summary


def test_a_pointer_at_the_recording_is_left_out() -> None:
    launch = post_of(("judged", "heldout3-recording-pointer.rss"), "C++ Brain Teasers Book")
    assert launch.summary.startswith("On September 10 there will be a book launch event")
    assert "recording" not in launch.summary


def test_an_address_in_brackets_inside_a_sentence_is_left_out() -> None:
    kagi = post_of(("judged", "heldout3-address-in-brackets.rss"), "What's next for Kagi?")
    assert kagi.summary == (
        "Two years ago, on June 1st, 2022, Kagi introduced a search engine that challenged"
        " the ad-supported version of the web."
    )

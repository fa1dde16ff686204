"""What the editors rejected in the lead's text in held-out sample 3
(bench/judged/2026-12-05-heldout-3a.jsonl and -3b.jsonl), by family, on the real entries."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.markdown_text import is_markdown
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

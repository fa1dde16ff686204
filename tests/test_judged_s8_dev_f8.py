"""Families an editor rejected in the s8-dev-a sample (bench/judged/2026-12-05-s8-dev-a.jsonl,
development data): checked on the rejected feeds' real entries (tests/data/judged/s8a-*)."""

from __future__ import annotations

from bot.parsing.repair import unescaped_markup
from tests.test_judged_dev_pool import post_of

# Markup escaped once too often: an Atom 0.3 body escaped as XHTML, which feedparser reads as text.


def test_an_escaped_xhtml_body_reads_as_text() -> None:
    # <content type="application/xhtml+xml" mode="escaped">&lt;body xmlns=…&gt;&lt;p&gt;…
    post = post_of("s8a-bouil-escaped-xhtml.atom", "Réappropriez")
    assert post.summary.startswith("Aujourd'hui, c'est la sortie de Mozilla Firefox 1.0.")
    assert "<" not in post.summary and "&lt;" not in post.summary
    dollar = post_of("s8a-bouil-escaped-xhtml.atom", "Dollar")
    assert dollar.summary.startswith("Ce matin, sur France Inter toujours, Hervé Gaymard")


def test_a_post_about_markup_that_opens_with_a_real_tag_keeps_its_escaped_code() -> None:
    shown = '<p>Write &lt;body class="x"&gt; and &lt;p&gt; in the template.</p>'
    assert unescaped_markup(shown) == shown
    # One escaped tag alone is a word in the text, not a document escaped twice.
    assert unescaped_markup("&lt;body&gt; is the element") == "&lt;body&gt; is the element"

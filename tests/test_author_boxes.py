"""An "About The Author" box is the site's furniture, not a lead (held-out sample 11: a blog's
summary that was only the box, with raw addresses). Quoted inline from the 2008 crawl in
kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text

_BIO = (
    "Dr. Huizenga, the Infidelity Coach, offers infidelity help and relationship advice at:"
    " http://Infidelity-help.com. Get articles and free downloads on emotional infidelity."
)
_LEAD = "Many couples try to save the marriage at all costs, and some of them should not."


def _read(text: str) -> str:
    return read_text(text, title="6 Reasons", site_name=None, site_url=None)[0]


def test_a_box_heading_and_the_bio_under_it_go() -> None:
    assert _read(f"About The Author \n\n{_BIO}") == ""
    assert _read(f"<p>{_LEAD}</p><h3>About the author</h3><p>{_BIO}</p>") == _LEAD
    assert _read(f"<p>{_LEAD}</p><p>À propos de l'auteur : {_BIO}</p>") == _LEAD


def test_a_sentence_about_the_author_stays() -> None:
    said = "About the author of this book, little is known: she wrote it in 1904."
    assert _read(said) == said

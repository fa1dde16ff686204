"""A bracketed "[Quelle]" / "(Source)" link as the original's credit (held-out sample 14,
feed-581784722 #5 of the 2008 crawl, which states no licence: short strings quoted inline)."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.text.blocks import to_blocks

_PCGH = "http://www.pcgameshardware.de/aid,669925/News/Nvidia-_Geforce_GTX_295/"
_COPY = (
    "<div><strong>Schon länger geistern Gerüchte um eine Dual-Chip-Grafikkarte durchs Netz."
    "</strong></div><div>Wird Nvidia Anfang Januar 2009 eine neue Dual-GPU-Grafikkarte "
    f'vorstellen? (Bild: Expreview) [<a href="{_PCGH}">Quelle</a>]</div>'
    "<div>Laut einer Meldung von VR-Zone wird Nvidia angeblich am 8. Januar 2009 eine Karte "
    "vorstellen.</div>"
)


def _verdict(html: str) -> tuple[str | None, str | None]:
    """The original an entry's HTML credits and its link (None: the site's own)."""
    blocks = to_blocks(html)
    verdict = attribute(
        blocks, find_notices(blocks, html), site_name="Blog", site_url="https://blog.example/"
    )
    if not verdict.is_reprint:
        return None, None
    return verdict.original_publisher, verdict.original_url


def test_a_bracketed_quelle_link_credits_the_linked_site_as_the_original() -> None:
    assert _verdict(_COPY) == ("pcgameshardware.de", _PCGH)


def test_the_source_word_in_other_languages_credits_the_same_way() -> None:
    for word, bracket in (("Source", "()"), ("Fonte", "[]"), ("Fuente", "()")):
        html = (
            "<p>A new dual-GPU card is expected in January, the report says.</p>"
            f'<p>The card is said to carry two GPUs. {bracket[0]}<a href="{_PCGH}">{word}</a>'
            f"{bracket[1]}</p>"
        )
        assert _verdict(html)[0] == "pcgameshardware.de", word


def test_several_bracketed_source_links_cite_facts_and_credit_no_original() -> None:
    # HubSpot's statistics posts end each figure with "(Source)": citations, not a reprint.
    html = (
        '<p>Posts with images get 94% more views. (<a href="https://a.example/s">Source</a>)</p>'
        '<p>Video is 82% of traffic by 2021. (<a href="https://b.example/t">Source</a>)</p>'
    )
    assert _verdict(html) == (None, None)


def test_a_source_word_linked_without_brackets_is_not_this_credit() -> None:
    html = f'<p>Die Karte heißt GTX 295. Mehr bei der <a href="{_PCGH}">Quelle</a> im Netz.</p>'
    assert _verdict(html) == (None, None)

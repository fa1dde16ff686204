"""A news lead marked up as a heading is the lead: NUzakelijk (held-out sample 12) puts its
first paragraph in an <h3>, and the post opened "Dat is vrijdag besloten …" with "Dat" pointing
at nothing. Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

_NUZAKELIJK = (
    "<h3>DEN HAAG - Het kabinet trekt in totaal 60 miljoen euro uit om zo veel mogelijk groene "
    "en open ruimtes te sparen en te creëren bij het bouwproject Nijmegen Waalfront en de "
    "renovatie van de Hollandse Waterlinie. </h3>\n<p>Dat is vrijdag besloten in de ministerraad "
    "op voorstel van minister Jacqueline Cramer (Ruimtelijke Ontwikkeling).</p>"
)


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title)


def test_a_heading_that_is_a_lead_sentence_opens_the_summary() -> None:
    summary = _summary(_NUZAKELIJK, "Kabinet steekt 60 miljoen in 'groene' bouwprojecten")
    assert summary.startswith("Het kabinet trekt in totaal 60 miljoen euro uit")
    assert "Dat is vrijdag besloten in de ministerraad" in summary


def test_a_short_heading_stays_a_heading() -> None:
    html = "<h3>Dow Jones daalt.</h3><p>De index stond na tien minuten handel lager.</p>"
    assert _summary(html, "Autoblues op Wall Street").startswith("De index stond")

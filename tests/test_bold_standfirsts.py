"""A description whose only sentences are in bold (a standfirst under a kicker, over a "read
more" link) is read from them: Acteurs Publics (held-out sample 17) was posted headline-only.
Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

_LINK = '<p><a href="http://www.acteurspublics.com/article/08-12-08/x">en lire plus</a></p>'
_POLOGNE = (
    '<p><strong class="titre_noir14"><span class="titre_gris13">Pologne</span><br />\n'
    "Allô les experts ?</strong></p>\n<p>\n<strong>Quelque 400 fonctionnaires travaillent dans "
    "les centres d’appels du ministère des Finances polonais.</strong>\n</p>\n" + _LINK
)
_ESSONNE = (
    '<p><span class="titre_gris13">Tableau numérique<br />\n</span><strong class="titre_noir14">'
    "Favoriser l’interactivité</strong> </p>\n<p>\n<strong><em>Le conseil général de l’Essonne "
    "s’engage dans le collège numérique. Le collège Gérard Philipe de Massy utilise depuis "
    "quelques années déjà les tableaux numériques interactifs.  </em></strong>\n</p>\n" + _LINK
)


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title)


def test_a_bold_standfirst_over_a_read_more_link_is_the_lead_without_its_kicker() -> None:
    summary = _summary(_POLOGNE, "La Pologne et l’Irlande cajolent leurs contribuables")
    assert summary == (
        "Quelque 400 fonctionnaires travaillent dans les centres d’appels du ministère des "
        "Finances polonais."
    )


def test_a_bold_standfirst_under_a_plain_kicker_is_the_lead() -> None:
    summary = _summary(_ESSONNE, "Les technologies de l’information au service de l’éducation")
    assert summary.startswith("Le conseil général de l’Essonne s’engage dans le collège numérique.")
    assert "Tableau numérique" not in summary


def test_a_bold_kicker_over_plain_prose_is_no_lead() -> None:
    html = "<p><strong>Pologne</strong></p><p>Le ministère ouvre trois centres d’appels.</p>"
    assert _summary(html, "Allô les experts") == "Le ministère ouvre trois centres d’appels."

"""Structure that ran together: notes one a line, a badge's label, a table's header cells."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

# A French restaurant review's plain-text summary (kalv ruby-feed-parser-benchmark
# feed--169793097, entry 9; no licence: quoted): its verdict written as notes, one a line.
REVIEW = (
    "Restaurant traditionnel\n\n65 AV HENRI GINOUX\n   92120 MONTROUGE\n   01 42 53 47 17\n\n"
    "Cuisine traditionnelle assez sympa \n   Déco très chouette\n"
    "   Patron sympa qui papotera avec vous s'il a le temps\n"
    "   Serveuse parfois débordée quand elle est seule\n"
    "   Souvent plein, ne pas arriver trop tard le we, réserver, ou être prêt à attendre. "
    "Gérable d'arriver à l'arrache pour un couple, mais pas plus\n"
    "   Petite terrasse en été\n   Salle très chaude"
)

# The same feed, entry 5: three bare addresses, then the feed validator's badge as text over
# its address. Nothing in it is prose.
LINKS = (
    "http://trac.defuze.org/wiki/amplee\n \n\n\n     http://www.xml.com/pub/a/2006/07/19/"
    "implementing-atom-publishing-protocol-python-wsgi.html?page=1\n \n\n\n"
    "     http://bitworking.org/news/285/atompubbase-An-AtomPub-Python-Client-Library\n \n\n"
    "Valider le flux Atom\n\n\n \n     http://feedvalidator.org/"
)

# A course's news (kalv ruby-feed-parser-benchmark feed--1045620286, entry 5): the lead-in
# over a table whose header cells are all the feed carries of it.
ROOMS = (
    "<p>Die Raumzuteilung für die GdI 1-Klausur am 1. 12. steht nun fest. Sie sieht wie folgt "
    'aus (bitte einloggen und auf "Weiterlesen" klicken für mehr Infos!):</p>\n<table>\n<tbody>'
    "\n<tr>\n<th>Matr.Nr. von...</th>\n<th>bis Matr.Nr...</th>\n<th>Raum</th>\n</tr>\n"
    "</tbody></table>"
)


def _summary(text: str, title: str, language: str | None = None) -> str:
    body, _ = read_text(text, title=title, site_name=None, site_url=None)
    return summarize(body, title=title, max_chars=600, language=language)


def test_notes_one_a_line_each_end_as_a_sentence() -> None:
    summary = _summary(REVIEW, "L'Opportuniste")
    assert summary.startswith(
        "Cuisine traditionnelle assez sympa. Déco très chouette. Patron sympa qui papotera"
    )
    assert "quand elle est seule. Souvent plein" in summary


def test_a_badge_label_over_its_address_is_no_summary() -> None:
    title = "Implémentation de l'Atom Publishing Protocol en Python"
    assert "Valider le flux Atom" not in _summary(LINKS, title)


def test_a_tables_header_cells_are_not_read_into_the_lead() -> None:
    summary = _summary(ROOMS, "Raumzuteilung zur Klausur GdI 1", "de")
    assert "Matr.Nr" not in summary
    assert summary.startswith("Die Raumzuteilung für die GdI 1-Klausur am 1. 12. steht nun fest.")
    assert summary.endswith("klicken für mehr Infos!)")


def test_hard_wrapped_prose_with_a_name_on_its_own_line_is_not_stopped() -> None:
    # A one-word line is a hard wrap before a name, not a note: the sentence runs on.
    text = "El vicepresidente del FC Barcelona\nJordi\nMestre concedió ayer una entrevista larga."
    assert _summary(text, "Mestre") == (
        "El vicepresidente del FC Barcelona Jordi Mestre concedió ayer una entrevista larga."
    )


def test_a_sentence_over_an_address_stays_the_lead() -> None:
    text = "We moved the whole archive to a new server this week.\n\nhttps://example.org/archive"
    assert _summary(text, "Moved").startswith("We moved the whole archive")


def test_the_opening_paragraph_over_an_address_is_the_description_not_a_label() -> None:
    # A podcast's episode notes (mdewilde/podcast-parser test resource attribute_issue.xml).
    text = "Mike Talks about Shadowman #1 Vol 1\n\nhttp://taylornetworkofpodcasts.com/"
    assert _summary(text, "Valiant Vs. Episode 3 Part 1").startswith("Mike Talks about Shadowman")


def test_a_list_of_titles_one_a_line_gets_no_stops() -> None:
    # A reading list (feedjira's sample feed OnRuby.xml): book titles, not notes.
    text = (
        "I hope to get some serious reading in.  Here's what's on list.\n"
        "Pragmatic Thinking and Learning\nPragmatic Version Control Using Git\nPresentation Zen"
    )
    assert "Pragmatic Thinking and Learning." not in _summary(text, "Reading List")


def test_prose_hard_wrapped_before_names_is_not_taken_for_notes() -> None:
    # A Spanish sports brief (capyreader rssparser test resource feed-test-image-2.xml): each
    # line breaks before a name, so every line opens in capitals.
    text = (
        "Pese a que Antero Henrique, director deportivo del Paris Saint \n"
        "    Germain, se reunió la pasada semana con la hermana de Antoine \n"
        "    Griezmann, el entrenador del campeón francés, Thomas \n"
        "    Tuchel, ha descartado hoy que el aún delantero del..."
    )
    assert "Saint. Germain" not in _summary(text, "Tuchel descarta a Griezmann para el PSG")

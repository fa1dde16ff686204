"""A paragraph that only leads into the next one with a colon opens the lead with it."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

# A French blog's post (kalv ruby-feed-parser-benchmark feed-469458443, entry 9; no licence:
# quoted): the event's name, linked, is the object of the lead-in above it.
SOIREE = (
    "<p>Je serais demain soir à la soirée :</p>\n"
    '<p><a href="http://www.favor-i.com/">La nuit des favoris 2008 organisé par la Fevad.</a></p>\n'
    "<p>Le prétexte, c&#8217;est de savoir quels sont les sites, dans différents domaines, élus "
    "comme étant les meilleurs&#8230;</p>\n"
    "<p>Si vous y allez, faites moi signe.</p>"
)
SOIREE_TITLE = "Nuit des favoris 2008 avec la Fevad"

# A blog comment (kalv ruby-feed-parser-benchmark feed--951115666, entry 7): "Two reasons:"
# over the numbered reasons, one a paragraph.
REASONS = (
    "<p>Two reasons:</p>\n"
    "<p>1- Volume.  A lot of people talk WAY too loud into their phones.</p>\n"
    "<p>2- Coversations are easier to ignore if you hear both sides.  If you only hear one side, "
    "it can lead to instinctive curiousity about what the other person is saying, etc.</p>"
)


def _summary(markup: str, title: str) -> str:
    text, _ = read_text(markup, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, max_chars=400)


def test_the_lead_opens_on_the_lead_in_not_on_what_it_introduces() -> None:
    summary = _summary(SOIREE, SOIREE_TITLE)
    assert summary.startswith(
        "Je serais demain soir à la soirée : La nuit des favoris 2008 organisé par la Fevad."
    )


def test_a_count_of_reasons_stays_over_the_reasons() -> None:
    summary = _summary(REASONS, "Why do people feel it's rude to use your phone on trains?")
    assert summary.startswith("Two reasons: 1- Volume. A lot of people talk WAY too loud")


def test_a_label_of_one_word_is_no_lead_in() -> None:
    # "Update:" / "Links:" label what follows; the lead is the sentence, as before.
    markup = "<p>Update:</p><p>The meeting moved to Friday at noon in the main hall.</p>"
    assert _summary(markup, "Meeting") == "The meeting moved to Friday at noon in the main hall."


def test_a_lead_in_over_a_fragment_is_not_joined_to_it() -> None:
    # Only a complete sentence is joined: a fragment (a heading, a caption) may be anything.
    markup = "<p>Here is what we saw at the show:</p><p>Robots and more robots</p>"
    assert not _summary(markup, "Show").startswith("Here is what we saw at the show: Robots")

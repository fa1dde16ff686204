"""Hashtags the feed itself shows to be useless (sample 28's podcasts, PodSearch_Content; short
strings quoted inline): the channel's keyword list on every keyworded episode, the headline cut
at its commas, an episode's numbered label, a name's words filed apart, the file's format."""

from __future__ import annotations

from bot.parsing.episode_labels import (
    names_rejoined,
    without_headline_pieces,
    without_name_words,
)
from bot.parsing.feeds import parse_feed
from bot.parsing.search_keywords import ITUNES_SCHEME, show_subjects, unnamed_keywords

_PODCAST = """<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>{title}</title><link>http://show.example/</link><itunes:explicit>no</itunes:explicit>
{items}</channel></rss>"""


def _item(n: int, title: str, text: str, keywords: str = "") -> str:
    words = f"<itunes:keywords>{keywords}</itunes:keywords>" if keywords else ""
    return (
        f"<item><title>{title}</title><link>http://show.example/{n}</link>"
        f"<description>{text}</description>{words}</item>"
    )


def _tags(title: str, *items: str) -> list[tuple[str, ...]]:
    body = _PODCAST.format(title=title, items="".join(items))
    return [e.categories for e in parse_feed(body.encode(), url="http://show.example/f").entries]


def test_the_channels_keywords_on_each_keyworded_episode_are_no_episodes_tags() -> None:
    # Gepodkast: "musik, deutsch, … venezuela, deutschland, würzburg" on 17 of 25 items, none
    # on the other 8 (video notices); every episode's footer says "Produziert … in Würzburg",
    # so "#würzburg" was shown on each.
    keywords = "musik,deutsch,spanisch,englisch,salsa,ska,rock,venezuela,würzburg"
    footer = "Musik aus Venezuela. Produziert von Gepodkast in Würzburg."
    episodes = [_item(n, f"*{n} Folge", f"Neue Musik. {footer}", keywords) for n in range(6)]
    notices = [_item(10 + n, f"GepodkastTV {n}", "Ein Video aus Würzburg.") for n in range(3)]
    assert all(tags == () for tags in _tags("Gepodkast", *episodes, *notices))


def test_a_headline_cut_at_its_commas_is_no_tag() -> None:
    # Typisch Helene (podclub.ch): keywords "Typisch Helene 12: Ärger mit Handys, süsse Rache
    # und Valentinstag (11. Februar 2011)", the headline's pieces.
    headline = (
        "Typisch Helene 12: Ärger mit Handys, süsse Rache und Valentinstag (11. Februar 2011)"
    )
    tags = ("Typisch Helene 12: Ärger mit Handys", "süsse Rache und Valentinstag")
    assert without_headline_pieces(tags, headline) == ()
    # A piece of one or two words is a name the headline lists: a topic (Predigt - Paul Washer).
    assert without_headline_pieces(("Predigt", "paul washer"), "Predigt - Paul Washer") == (
        "Predigt",
        "paul washer",
    )
    # Tags naming some of a headline's pieces are its topics.
    assert without_headline_pieces(("Obama",), "Obama, McCain debate") == ("Obama",)
    assert without_headline_pieces(("Obama", "debate"), "Obama, McCain - debate") == (
        "Obama",
        "debate",
    )


def test_an_episodes_numbered_label_is_no_tag() -> None:
    # SoulChampion Sessions: "soulchampion session 3" among "speed garage, dj natOsha", and
    # "soulchampion session 1" on another episode: each groups no two episodes.
    tags = _tags(
        "SoulChampion Sessions",
        _item(
            3,
            "Valentine's Special with DJ natOsha - SoulChampion Session 3",
            "Speed garage with DJ natOsha.",
            "speed garage,dj natOsha,soulchampion session 3",
        ),
        _item(
            1,
            "Grime and Dubstep - SoulChampion Session 1",
            "Grime and dubstep from G Notorious.",
            "grime,dubstep,soulchampion session 1",
        ),
    )
    assert tags == [("speed garage", "dj natOsha"), ("grime", "dubstep")]


def test_the_episode_files_format_is_no_tag() -> None:
    # Moving Rushmore HD Vidcast #24: keywords "vidcast, hd, hd podcast, music" shown "#hd".
    tags = [{"term": t, "scheme": ITUNES_SCHEME} for t in ("vidcast", "hd", "hd podcast", "music")]
    assert unnamed_keywords(tags, "Moving Rushmore HD Vidcast #24 - Long Overdue", "") == {
        "hd",
        "hd podcast",
        "music",
    }
    # Nor is it the show's subject where its title says it ("Moving Rushmore HD Vidcast").
    episodes = [("hd", "music", "kansas")] * 4
    assert show_subjects(episodes, ["Moving Rushmore HD Vidcast", "Music from Kansas"]) == {
        "music",
        "kansas",
    }
    # A blog's category is chosen for the post: "mp3" on a music store's offer stays.
    mp3 = [{"term": "mp3"}, {"term": "mp3", "scheme": ITUNES_SCHEME}]
    assert unnamed_keywords(mp3, "Walmart sells mp3 music", "") == frozenset()


def test_a_names_word_filed_beside_the_name_is_no_tag() -> None:
    # PokerEcho #28: "Michael", "michael keiner", "Total", "tv total"; the notes say "Interview
    # mit Michael Keiner" and "TV Total Pokerstars.de Nacht" only.
    tags = ("Michael", "michael keiner", "PokerStars", "Total", "tv total")
    notes = "Die Themen: PokerNews / TV Total Pokerstars.de Nacht / Interview mit Michael Keiner"
    kept = without_name_words(tags, "PokerEcho #28", notes)
    assert kept == ("michael keiner", "PokerStars", "tv total")
    # DC Rainmaker's "Garmin" beside "Garmin Diving": the item says "Garmin" on its own.
    garmin = ("Garmin", "Diving", "Garmin Diving")
    headline = "Hands-on: Garmin's New Descent MK1 Diving Watch"
    assert without_name_words(garmin, headline, "") == garmin


def test_a_name_filed_word_by_word_is_one_tag() -> None:
    # PokerEcho #24: "Edgar", "Mathis", "Rino", "Stuchly" for the notes' "Interviews mit Rino
    # Mathis, Stefan Huber und Edgar Stuchly".
    tags = ("Edgar", "Gewinnspiel", "Mathis", "Pokerparadies", "Rino", "Stuchly")
    notes = (
        "Die Themen: Gewinnspiel / PokerNews / Interviews mit Rino Mathis, Stefan Huber und "
        "Edgar Stuchly / Pokerparadies Österreich"
    )
    assert names_rejoined(tags, "PokerEcho #24", notes) == (
        "Edgar Stuchly",
        "Gewinnspiel",
        "Rino Mathis",
        "Pokerparadies",
    )

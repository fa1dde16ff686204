"""Hashtags sample 12 rejected (bench/judged/2026-12-06-heldout-12*.jsonl, feeds of the 2008 crawl
in kalv/ruby-feed-parser-benchmark, which states no licence: short strings are quoted inline)."""

from __future__ import annotations

from bot.parsing.categories import is_topic
from bot.render.content import hashtags
from tests.support.tagged_feeds import entry_tags, tagged_atom

# The site's or show's own name as a tag ("#Adaptive_Path" on Adaptive Path's blog,
# "#Zero_Punctuation" on Zero Punctuation's videos) files the post under the feed it came in.


def test_the_feeds_own_name_is_no_hashtag() -> None:
    # The items name their tags: session 17's tag gate shows only the tags an item names.
    body = tagged_atom(
        "Adaptive Path",
        ("MX 2009: Call for Ideas", ("Adaptive Path", "Events"), "Adaptive Path events."),
        ("Case study", ("Case Studies",), "Case studies: how we did it."),
    )
    assert entry_tags(body) == [("Events",), ("Case Studies",)]


def test_a_part_of_the_title_naming_the_sites_address_is_no_hashtag() -> None:
    body = tagged_atom(
        "Taverncast - Happy Hour in Your Head - Since 2005",
        ("Taverncast 62 - Temporal Anomaly", ("Taverncast", "time travel"), "Time travel."),
        home="http://www.taverncast.com/",
    )
    assert entry_tags(body) == [("time travel",)]


def test_a_section_feeds_subject_stays_a_hashtag() -> None:
    # A title naming neither the address nor a home page is a section's: its subject.
    for title, home, tag in (
        ("F.C. Barcelona", "https://www.mundodeportivo.com/futbol/fc-barcelona", "F.C. Barcelona"),
        ("UK news | guardian.co.uk", "http://www.guardian.co.uk/uk", "UK news"),
        ("Genevois : Le Messager", "http://www.lemessager.fr", "GENEVOIS"),
        ("SitePoint » Ruby", "http://www.sitepoint.com/ruby", "Ruby"),
    ):
        # The item names its tag: session 17's tag gate shows only the tags an item names.
        body = tagged_atom(
            title, ("Pedros: “Nunca menospreciamos al rival”", (tag,), f"{tag}: texto."), home=home
        )
        assert entry_tags(body) == [(tag,)]


# A blog tags the posts it sends to an aggregator "planet" (Fran6art.com: "news, 2.7, planet,
# Wordpress" on "WordPress 2.7 à l’utilisation"): a flag, a topic only where the post says it.


def test_an_aggregators_flag_is_no_hashtag() -> None:
    body = tagged_atom(
        "Fran6art.com",
        ("WordPress 2.7 à l’utilisation", ("planet", "Wordpress"), "Voilà quelques jours."),
    )
    assert entry_tags(body) == [("Wordpress",)]


def test_planet_stays_where_the_post_speaks_of_one() -> None:
    body = tagged_atom("Sky", ("Mars tonight", ("planet",), "The red planet is bright tonight."))
    assert entry_tags(body) == [("planet",)]


def test_a_versions_tail_cut_from_its_name_is_no_topic() -> None:
    # "7 Rc1" is what a keyword tool left of "WordPress 2.7 RC1" (Tweaked for your Pleasure).
    assert not is_topic("7 Rc1")
    assert not is_topic("2.7 beta")
    assert is_topic("Windows 7 RC1")


def test_questions_and_answers_keep_their_and() -> None:
    # "#QA" reads as quality assurance; brands joined by "&" keep their own tag (#ATT).
    assert hashtags(["Q&A", "R&D", "AT&T"], 3) == ("#QandA", "#RandD", "#ATT")


# A keyword plugin (Zemanta) tags a post with dictionary titles: "Cartesian coordinate system"
# and "Client" on learnsigma's "Do Paretos REALLY work?". Where it marked the post and the list
# is long, a tag used once in the feed stays only where the post names it.


def test_a_keyword_plugins_suggestions_the_post_does_not_name_are_no_hashtags() -> None:
    plugin = '<div class="zemanta-pixie"><img class="zemanta-pixie-img" src="x"/></div>'
    # The post names "tools": session 17's tag gate shows only the tags an item names.
    text = (
        "Among quality tools, a Pareto chart ranks the causes of defects by how often they occur."
        + plugin
    )
    pareto = ("tools", "Cartesian coordinate system", "Client", "Pareto chart", "Pareto principle")
    body = tagged_atom(
        "learnsigma",
        ("Do Paretos REALLY work?", pareto, text),
        ("Six Sigma doesn’t work?", ("tools", "six-sigma"), "Six Sigma works."),
    )
    assert entry_tags(body)[0] == ("tools", "Pareto chart")


def test_a_post_filed_by_hand_keeps_its_category() -> None:
    # One category on a marked post (innonate's "Blogging") is the author's.
    plugin = '<div class="zemanta-pixie"><img class="zemanta-pixie-img" src="x"/></div>'
    body = tagged_atom(
        "innonate", ("Wish You Were Here", ("Blogging",), "A postcard on blogging." + plugin)
    )
    assert entry_tags(body) == [("Blogging",)]

"""Sentences split by the language a feed is written in (sample 28 and earlier, families
cut-sentence, text-mangled, credit): a feed declaring no language, or its CMS's "en" over German
posts, is split as German ("zur 53. Sendung"); in any language a day's ordinal before its month
("der 6. April"), a number's abbreviation before its figure ("Edition Nr. 39") and a short
abbreviation before a lower-case word ("Ed. note:") end no sentence, and an initialism stays whole
in a reprint's source ("the U.S. Small Business Administration"). Short strings quoted from the
entries (PodSearch_Content's podclub.ch and gepodkast feeds, feedjira-benchmarks' white_house.xml,
ruby-feed-parser-benchmark's feed--650645527)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from bot.text.boilerplate import split_units
from bot.text.sentences import split_sentences
from tests.support.first_check import first_check, one_item_post

# podclub.ch's "Typisch Helene" descriptions, as the feed cuts them ("…").
HELENE = (
    "Guten Tag, liebe Zuhörerinnen und Zuhörer, herzlich willkommen zur  53. Sendung von  "
    "Typisch Helene . Heute ist der...",
    "Guten Tag, liebe Zuhörerinnen und Zuhörer. Heute ist der 4. Mai, ich  begrüsse Sie ganz "
    "herzlich zur Sendung...",
    "Guten Tag, liebe Zuhörerinnen und Zuhörer, heute ist Freitag, der 6.  April, ich begrüsse "
    "Sie ganz herzlich zur Sendung...",
    "Guten Tag, liebe Zuhörerinnen und Zuhörer, herzlich willkommen im neuen Jahr und herzlich "
    "willkommen zur Sendung  Typisch Helene ....",
    "Liebe Zuhörerinnen und Zuhörer, guten Tag und herzlich willkommen zur Sendung  Typisch "
    "Helene . Heute haben wir den 28....",
)


def _rss(descriptions: tuple[str, ...], declared: str = "") -> ParsedFeed:
    items = "".join(
        f"<item><title>Typisch Helene {n}</title><link>https://example.org/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in enumerate(descriptions)
    )
    feed = (
        '<rss version="2.0"><channel><title>Podclub</title><link>https://example.org/</link>'
        f"{declared}{items}</channel></rss>"
    )
    return parse_feed(feed.encode(), url="https://example.org/feed", headers={})


def test_a_feed_declaring_english_over_german_posts_is_split_as_german() -> None:
    # gepodkast declares <language>en</language>; its lead was "39 von Gepodkast!".
    parsed = _rss(HELENE, "<language>en</language>")
    assert parsed.language == "de"
    lead = first_check(parsed, "Podclub")[0].summary
    assert lead == (
        "Guten Tag, liebe Zuhörerinnen und Zuhörer, herzlich willkommen zur 53. Sendung von "
        "Typisch Helene ."
    )


def test_a_feed_declaring_nothing_is_read_for_its_language() -> None:
    assert _rss(HELENE).language == "de"


def test_a_declaration_the_text_agrees_with_or_cannot_tell_stands() -> None:
    english = (
        "Most Americans know Black Friday and Cyber Monday are big days for holiday "
        "shopping. But between the two is another important part of the season.",
    ) * 3
    assert _rss(english, "<language>en-US</language>").language == "en-US"
    assert _rss(english).language == "en"  # what no declaration meant before
    assert _rss(("Hallo, Leute!",), "<language>fr</language>").language == "fr"  # too little


def test_an_atom_feeds_inherited_language_tag_is_checked_for_its_entries() -> None:
    # Atom's root xml:lang reaches every entry's content as its own tag: the feed's answer
    # stands for them.
    entries = "".join(
        f"<entry><title>Typisch Helene {n}</title><id>urn:{n}</id>"
        f'<link href="https://example.org/{n}"/><content type="html">{text}</content></entry>'
        for n, text in enumerate(HELENE)
    )
    feed = (
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>P</title>{entries}</feed>'
    )
    parsed = parse_feed(feed.encode(), url="https://example.org/feed", headers={})
    assert parsed.language == "de"
    assert {e.language for e in parsed.entries} == {"de"}


def test_a_days_ordinal_before_its_month_ends_no_sentence_in_any_language() -> None:
    # podclub.ch, no language declared: the lead was "Heute ist der 7." ("7. Mai").
    text = "Heute ist der 10. Februar, herzlich willkommen zur Sendung. Sie hören Musik."
    assert split_sentences(text) == [
        "Heute ist der 10. Februar, herzlich willkommen zur Sendung.",
        "Sie hören Musik.",
    ]
    assert len(split_units("Heute ist der 9. März, ich begrüsse Sie.")) == 1
    assert split_sentences("It is 7. May I go?") == ["It is 7.", "May I go?"]  # no month of it


def test_a_numbers_abbreviation_before_its_figure_ends_no_unit() -> None:
    # gepodkast: "Hier die Edition Nr. 39 von Gepodkast!" was posted as "39 von Gepodkast!".
    assert split_units("Hallo, Leute! Hier die Edition Nr. 39 von Gepodkast!") == [
        "Hallo, Leute!",
        " Hier die Edition Nr. 39 von Gepodkast!",
    ]


def test_a_short_abbreviation_before_a_lower_case_word_goes_on() -> None:
    # feed--650645527: the lead was "3,558 lbs." of "3,558 lbs. of peanuts".
    assert split_sentences("Nacho Cheese. 3,558 lbs. of peanuts. Note to self.") == [
        "Nacho Cheese.",
        "3,558 lbs. of peanuts.",
        "Note to self.",
    ]
    # A writer who opens sentences in lower case opens the next one so too.
    assert split_sentences("i went home. then i ate.") == ["i went home.", "then i ate."]


def test_an_editors_note_goes_whole_and_its_source_keeps_its_initialism() -> None:
    # white_house.xml #16: the lead opened "Ed. Most Americans know …", credited to "U.S".
    post = one_item_post(
        b'<rss version="2.0"><channel><title>White House.gov Blog</title>'
        b"<link>http://www.whitehouse.gov/blog</link><item>"
        b"<title>On November 30th, Start the Holiday Season by Shopping Small</title>"
        b"<link>http://www.whitehouse.gov/blog/2013/11/25/shopping-small</link><description>"
        b"<![CDATA[<p>Ed. note: This is cross-posted from the U.S. Small Business "
        b'Administration. See the original post <a href="http://www.sba.gov/community/blogs/'
        b'november-30th">here</a>.</p><p>Most Americans know Black Friday and Cyber Monday '
        b"are big days for holiday shopping. But between the two is another important part of "
        b"the holiday shopping season.</p>]]></description></item></channel></rss>",
        "https://www.whitehouse.gov/feed",
    )
    assert post.summary.startswith("Most Americans know Black Friday")
    assert post.original_publisher == "U.S. Small Business Administration"

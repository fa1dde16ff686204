"""Thin posts (held-out sample 11): a short item that is whole is its own summary, a cut teaser
keeps its complete sentence, and a review's bibliographic line is no lead. Short strings quoted
from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.models import FeedEntry
from bot.text.whole_items import whole_item_summary


def _summary(title: str, html: str) -> str:
    entry = FeedEntry("1", title, "https://blog.example.org/2008/post", None, None, html)
    return compose_entry(
        entry, source="Blog", source_url=None, language=None, summary_chars=600
    ).summary


def test_a_short_comment_is_its_own_summary() -> None:
    # A WordPress comment feed's item (feed--894090606, entry 13): two lines are the comment.
    html = "<p>hahahahaha omg<br />\nthats horrible</p>"
    assert _summary("Comment on Seizure Man by alex", html) == "hahahahaha omg thats horrible."


def test_a_short_item_that_says_the_headline_again_stays_headline_only() -> None:
    assert _summary("Behooves", "<p>Behooves</p>") == ""
    # A Weibo post (hntee/spring-boot-rss-filter's feed): the headline spells the emoticon code.
    assert _summary("你的发言权不好使[偷笑]无效😒", "<p>你的发言权不好使无效😒</p>") == ""


def test_a_list_of_links_has_no_text_of_its_own() -> None:
    html = '<p><a href="https://a.example.org/">https://a.example.org/</a></p>'
    assert _summary("Links for today", html) == ""


def test_a_cut_teaser_keeps_its_complete_sentence() -> None:
    # Google Blog Search's item (feed--224653829, entry 5): the splitter kept "U.S. Robson" whole.
    html = (
        "Wimbledon girls champion <b>Laura Robson's</b> chance to take that title ended Thursday, "
        "when she retired at 1-1 against Beatrice Capra of the U.S. Robson, who was watching the "
        "action after her retirement with a bag of ice strapped around her <b>...</b>"
    )
    assert _summary("Domijan Comes Back to Beat Top Seed Yang; Title Assured ...", html) == (
        "Wimbledon girls champion Laura Robson's chance to take that title ended Thursday, when "
        "she retired at 1-1 against Beatrice Capra of the U.S."
    )


def test_a_cut_teaser_is_not_cut_at_an_initial() -> None:
    html = "The talk was given by John F. Kennedy in front of a large crowd of people who ..."
    assert _summary("A speech", html) == ""


def test_a_reviews_bibliographic_line_is_no_lead() -> None:
    # novövision's book review (feed-166845022, entry 4): the book's record repeats the headline.
    html = (
        "<p><i>« Le moment cybernétique. La constitution de la notion d'information »</i>, "
        "Mathieu Triclot, 2008, Champ Vallon, 420p., 29€.</p>"
        "<p><i>« Le moment cybernétique »</i> est un livre difficile mais il propose un voyage "
        "intellectuel fascinant.</p>"
    )
    title = "Le moment cybernétique. La constitution de la notion d'information"
    assert _summary(title, html) == (
        "« Le moment cybernétique » est un livre difficile mais il propose un voyage "
        "intellectuel fascinant."
    )


def test_a_headline_opening_a_sentence_is_kept() -> None:
    html = (
        "<p>The moment cybernetics arrived, in 2008, engineers everywhere rewrote their books "
        "about machines and control.</p><p>More followed.</p>"
    )
    assert _summary("The moment cybernetics arrived", html).startswith("The moment cybernetics")


def test_a_shops_byline_and_a_job_ads_fields_stay_headline_only() -> None:
    # okaufmann/qwertee-php tests/data/rss.xml (a T-shirt's designer and name), pear
    # XML_Feed_Parser samples/sixapart-jp.xml (a job ad's fields): no item's own words.
    assert _summary("space rocks", "<p>By kharmazero</p><p>tophe bei fong</p>") == ""
    fields = "<p>職種: ソフトウェア・エンジニア</p><p>職務内容: Movable Typeの開発業務全般</p>"
    assert _summary("Movable Type開発エンジニアの募集", fields) == ""


def test_a_cut_teaser_stopping_inside_a_parenthesis_has_no_complete_sentence() -> None:
    # Held-out sample 12's Technology & Marketing Law Blog (quoted): an abbreviation's stop
    # inside a court citation ends no sentence, so the cut teaser stays headline-only.
    html = (
        'By Eric Goldman Cisneros v. Yahoo, CGC-04-433518 (Cal. Superior Ct. "Tentative Trial'
        ' Decision" Nov. 6, 2008) I am frequently asked...'
    )
    assert (
        _summary("Search Engines Aren't Liable for Gambling Ads Per 230--Cisneros v. Yahoo", html)
        == ""
    )


def test_a_marked_excerpt_keeps_a_quoted_verse_before_its_cut() -> None:
    # Held-out sample 13's Bible blog (feed-531502527, entry 2, quoted): WordPress cut the
    # verse's reference ("Jeremia […]"); the verse ends inside its guillemets.
    html = (
        "Im heutigen Tagesvers stand folgender Vers:\n«Denn sie kehren mir den Rücken zu und"
        " nicht das Angesicht. Aber wenn die Not hergeht, sprechen sie: Auf, und hilf uns!»"
        " Jeremia [&#8230;]"
    )
    assert _summary("Der Mensch und seine Reaktion", html) == (
        "Im heutigen Tagesvers stand folgender Vers: «Denn sie kehren mir den Rücken zu und"
        " nicht das Angesicht. Aber wenn die Not hergeht, sprechen sie: Auf, und hilf uns!»"
    )


def test_a_marked_excerpt_keeps_a_line_the_author_trails_off_on() -> None:
    # Held-out sample 13's Blog Miwim (feed--17061893, entry 5, quoted): the feed cut at "[…]"
    # only, so the first line's "…" is the author's pause, written as a full stop.
    html = (
        "Alors que la sortie de ce jeu très attendu était prévue pour le premier trimestre 2009,"
        " une info annonce une sortie pour aujourd&#8217;hui, ce vendredi 12 décembre 2008&#8230;"
        "\nCa sent pas très bon tout ça, surtout que le jeu semblait buggé, et l&#8217;annonce"
        " du report de [&#8230;]"
    )
    assert _summary("Rise of the argonauts sort aujourd’hui", html) == (
        "Alors que la sortie de ce jeu très attendu était prévue pour le premier trimestre 2009,"
        " une info annonce une sortie pour aujourd’hui, ce vendredi 12 décembre 2008."
    )


def test_a_marked_excerpt_never_glues_a_heading_line_into_its_lead() -> None:
    # A label over the text (held-out sample 13's festival listing): no sentence, no lead-in.
    text = (
        "Les plans d’avril\nLa cinquième édition du festival se déroulera en trois temps."
        " Divers lieux parisiens accueilleront […]"
    )
    assert whole_item_summary(text, "Festival", 600) == ""

"""The last check of a lead (session 28, SAY30): a post the lead rules left headline-only,
although the entry's text opens on lines of its own without sentence punctuation (a change
list's items, an event's date and place, a screenshot's caption, a press release's headline),
carries those lines whole (bot.text.whole_items.own_lines_lead). Short strings quoted from
the judged feeds (kalv ruby-feed-parser-benchmark's 2008 crawl, NetNewsWire's appcast, no
licence stated) whose posts editors rejected as empty-post."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.models import FeedEntry
from bot.text.boilerplate import unit_key
from bot.text.whole_items import own_lines_lead


def _summary(title: str, html: str) -> str:
    entry = FeedEntry("1", title, "https://blog.example.org/2008/post", None, None, html)
    return compose_entry(
        entry, source="Blog", source_url=None, language=None, summary_chars=600
    ).summary


def test_three_words_alone_are_no_lead() -> None:
    # The Economist's teasers keep a rubric's clause on a line of its own ("Despite his
    # overtures"): three words alone may be a cut clause, and a news feed's fragment costs more
    # than the captions it would have said (Scrnshots' "Ripit just purchased", judged an
    # empty-post reject headline-only, stays headline-only: the lead's session 28 call).
    assert own_lines_lead("Despite his overtures", "Donald Trump and Vladimir Putin", 600) == ""
    html = (
        'Ripit just purchased <br /><br /> <a href="http://www.scrnshots.com/users/rogmabi">'
        '<img src="http://s3.amazonaws.com/scrnshots.com/screenshots/94789/a.png" /></a>'
    )
    assert _summary("Screenshot: Fri, 12 Dec 2008", html) == ""
    assert own_lines_lead("Ripit just purchased a new lens", "Screenshot", 600) == (
        "Ripit just purchased a new lens."
    )


def test_an_events_short_lines_are_a_list_and_stay_headline_only() -> None:
    # An event listing's lines (feed-784043599, entry 6): what, when and where. Short lines in
    # a row are items, as a job's requirements are (test_thin_posts_e5's earlier verdicts), so
    # the post stays headline-only rather than join them ("Group show; 9/5/2008 - …").
    text = (
        "Group show\n\n9/5/2008 - 10/13/2008 at Blankspace\n\nArtist reception w/ with the"
        " musical stylings of Pale Hoarse & Ascended Master: 9/12/2008 7:00PM - 10:00PM"
    )
    assert own_lines_lead(text, "Eth6 Magazine Issue Three: contributing artists", 600) == ""


def test_a_line_of_prose_is_the_lead_alone() -> None:
    # A paper's kicker lines over its story (feed-44011834, entry 2): the first says it whole.
    html = (
        "<i>Crisi auto, il Senato aveva bocciato il piano di salvataggio da 15 mld di dollari<br>"
        "L'amministrazione disposta a usare parte dei 700 mld di dollari destinati alle banche"
        '<br></i><br>Obama: "Occorre trovare l\'accordo e aiutare le imprese nel breve periodo"'
    )
    title = 'Bush: "Detroit non deve fallire" Usa pronti a usare fondi Paulson'
    assert _summary(title, html) == (
        "Crisi auto, il Senato aveva bocciato il piano di salvataggio da 15 mld di dollari."
    )


def test_a_geonames_change_record_of_three_words_says_too_little() -> None:
    # GeoNames' recent changes (tidyRSS, entry 46): "movement 0.435 km" is all the record
    # says; three words alone go out as no lead (see test_three_words_alone_are_no_lead).
    assert own_lines_lead("movement 0.435 km", "Matros’ka", 600) == ""


def test_a_line_going_on_in_lower_case_is_never_cut_at_its_break() -> None:
    # A blog's sentence broken over lines (feed--778785579, entry 13) is one line; as the text's
    # only line, of 17 words, it may be a teaser cut at a word count: the post says nothing.
    text = (
        "Concevoir un système qui permet au pilote d’hélicoptère de renseigner\n\n"
        "à une base de données centrale"
    )
    assert own_lines_lead(text, "Projet", 600) == ""
    # Two lines: items of a list, not joined into one lead.
    assert own_lines_lead(f"Nouveau projet pour l'été\n\n{text}", "Projet", 600) == ""


def test_what_editors_rejected_elsewhere_stays_out() -> None:
    # A cut teaser's "..." (no dangling "…"), a label alone, code, a link, the headline said
    # again, one word, a short heading over text the check cannot take, the feed's boilerplate.
    assert own_lines_lead("I think we might need to turn the volume down...", "Surgery", 600) == ""
    assert own_lines_lead("Playlist:", "Show 12", 600) == ""
    assert own_lines_lead("yoo_title = 'Ségolène Royal';", "Royal", 600) == ""
    assert own_lines_lead("adm2:null>707309", "Matroska", 600) == ""
    assert own_lines_lead("See http://www.lautoentrepreneur.fr now", "Guide", 600) == ""
    assert own_lines_lead("Friday Nov 30 2012", "Friday Nov 30 2012", 600) == ""
    assert own_lines_lead("Moscow", "Moscow timelapse", 600) == ""
    poem = "Sadece 3 hece\n\nPlansız programsız,hesaplayamadan,biranda...Hazırlanamadan..."
    assert own_lines_lead(poem, "Seni seviyorum", 600) == ""
    # A label over its list: No Agenda's credits, a change list's items (say less).
    credits = "Executive Producers:\n\nAlly Elliott\n\nOcie Elliott\n\nSir Seth in Mina (and Deb)"
    assert own_lines_lead(credits, '1391: "Clown World"', 600) == ""
    assert own_lines_lead("Show Notes\n\nNo Agenda Episode 1378", '1378: "Yer Boy Amy"', 600) == ""
    # The headline with its maker (neo4j's SoundCloud), verse going on from its title.
    title = "Podcast Summary - part 3 - the best thing about Neo4j"
    assert own_lines_lead(f"{title} by The Neo4j Graph Database Community", title, 600) == ""
    # A lead-in the entry goes on from with a colon (AppLoad's "… vous parlent de :").
    lead_in = "Dans cet épisode, Jérome, Patrick, Korben et Cédric vous parlent de"
    raw = f"AppLoad 99 {lead_in} : NEWS: Blackberry 10"
    assert own_lines_lead(f"{lead_in}\n\nNEWS:", "AppLoad 99", 600, opening=raw) == ""
    assert own_lines_lead(f"{lead_in}\n\nNEWS:\n\nBlackberry 10", "AppLoad 99", 600) == ""
    # Credits closing a line, handles and issue numbers, a date alone.
    assert own_lines_lead("envoyé par dperetti", "Le comble de la mauvaise foi", 600) == ""
    assert (
        own_lines_lead("Kagi Search for Safari extension updated #4041 @Database", "x", 600) == ""
    )
    assert own_lines_lead("October 18, 2008", "For Atheists, Politics Proves Lonely", 600) == ""
    verse = "and at least over here\n\nNot a blogger is stirring\n\nThe reason is clear"
    assert own_lines_lead(verse, "Shtetl-Optimized: ‘Tis the week before deadline", 600) == ""
    # A line every entry of the feed repeats (learned boilerplate).
    record = "movement 0.435 km from the old point"
    learned = frozenset(filter(None, [unit_key(record)]))
    assert own_lines_lead(record, "Matros’ka", 600) != ""
    assert own_lines_lead(record, "Matros’ka", 600, learned) == ""


def test_a_line_as_long_as_the_feed_cuts_is_no_whole_line() -> None:
    # The feed's learned cut width (feed-778353268), or a teaser cut at a word count alone
    # (tejiendoelmundo's "… de la Antigua Sumeria que").
    line = "Continuing their inexorable growth, total U.S. greenhouse gas emissions in 2007"
    assert own_lines_lead(line, "Emissions", 600, widths=frozenset({len(line)})) == ""
    teaser = (
        "Zopyrus sin orejas ni nariz Babilonia Babilonia fue una de las ciudades más importantes"
        " del mundo antiguo, e hizo parte de la historia de la Antigua Sumeria que"
    )
    assert own_lines_lead(teaser, "El noble Zopyrus, la treta de Darío", 600) == ""


def test_sentences_stay_the_lead_rules_to_choose() -> None:
    # Lines that hold a sentence's stop were read by the lead rules and left for a reason.
    assert own_lines_lead("Welcome to issue #102! Links below", "Issue 102", 600) == ""

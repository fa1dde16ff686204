"""The lead's first sentence says what the item is (held-out sample 27: opening-aside,
generic-intro, boilerplate). An opening paragraph about the blog or the post (an aside in
brackets, a preface under its label, the writer's blogging), a host's patter (their own
introduction, a call-out of the co-host) and a show's production credits are no lead: the item
leads. Strings quoted from the judged entries (pools s29: horde+Feed, feed2imap, qdfeed,
feedparser-tcl, Winds, partytime, rowanmanning sample feeds)."""

from __future__ import annotations

from html import escape

from bot.parsing.feeds import parse_feed
from bot.text.host_intros import is_host_callout, is_host_patter
from bot.text.post_asides import is_post_aside
from tests.support.first_check import first_check


def _summaries(*descriptions: str, titles: tuple[str, ...] = ()) -> list[str]:
    """Each HTML description posted as one item of a feed, as on the first check."""
    items = "".join(
        f"<item><title>{escape(titles[n] if n < len(titles) else f'Item {n}')}</title>"
        f"<link>https://example.org/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in enumerate(descriptions)
    )
    feed = (
        '<rss version="2.0"><channel><title>Site</title><link>https://example.org/</link>'
        f"{items}</channel></rss>"
    )
    parsed = parse_feed(feed.encode(), url="https://example.org/feed", headers={})
    return [p.content.summary if p.content else "" for p in first_check(parsed, "Site")]


# netevil.org's "Slides: PDO": a housekeeping note in brackets over the post.
_BRACKETED = (
    "<p>[I've just noticed that the omniti.com re-design broke the various links from my blog "
    "to the slides I had been storing there. So I'm trying out slideshare; I'll be revisiting "
    "the slides I've given in the past and blogging one entry per presentation]</p>"
    "<p>When I first put this talk together it was for a long hour slot, but conference "
    "sessions started to diminish in length and I had to pull out certain slides.</p>"
)


def test_an_aside_in_brackets_over_the_post_gives_way_to_it() -> None:
    [summary] = _summaries(_BRACKETED, titles=("Slides: PDO",))
    assert summary.startswith("When I first put this talk together")


def test_a_preface_under_its_label_and_the_writers_blogging_are_asides() -> None:
    # Maître Eolas, "Une journée particulière"; Rob Pike's "command center".
    assert is_post_aside(
        "Préliminaire : Ce billet, c’est un peu mon dossier de l’été à moi. Il n’intéressera "
        "peut-être pas tous les lecteurs."
    )
    assert is_post_aside(
        "Comments extracted from a code review. I've been asked to disseminate them more widely."
    )
    # A back-reference to the writer's last post leads on to this one (natasha.xml, problogger).
    assert not is_post_aside(
        "I recently wrote about why I prefer not to use default implementations in Swift protocols."
    )
    assert not is_post_aside("In my last post I wrote that StumbleUpon had banned me.")
    assert not is_post_aside("[Photo]")


def test_the_writers_blogging_gives_way_to_the_post() -> None:
    [summary] = _summaries(
        "<p>Comments extracted from a code review. I've been asked to disseminate them more "
        "widely.</p><p>Regular expressions are hard to write, hard to write well, and can be "
        "expensive relative to other technologies.</p>",
        titles=("Regular expressions in lexing and parsing",),
    )
    assert summary.startswith("Regular expressions are hard to write")


def test_a_newsletters_host_introducing_themself_is_no_lead() -> None:
    # Riding Rails' "This Week in Rails": the greeting paragraph, then its items under headings.
    assert is_host_patter(
        "This is Kir, bringing you the latest Rails updates in this episode of the newsletter."
    )
    assert is_host_patter(
        "Hello fellow Rubyists, this is Wojtek bringing you the polished set of latest Rails news."
    )
    assert is_host_patter(
        "We take you now, live, to our reporter on the scene, Tim, for all the latest and "
        "greatest this week."
    )
    [summary] = _summaries(
        "<p>Hello 🌧 from London! This is Kir, bringing you the latest Rails updates in this "
        "episode of the newsletter.</p><h3>This Week’s Contributors</h3><p>28 people contributed "
        "to Rails in the last week, including 3 for the first time!</p><h3>Use ImageProcessing "
        "gem for Active Storage variants</h3><p>ImageProcessing gem provides a wrapper around "
        "MiniMagic and ruby-vips, allowing you to change backends on the fly.</p>",
        titles=("Arel merged to Active Record, faster image processing and more",),
    )
    assert "Kir" not in summary and "contributed" not in summary
    # A greeting from a place is only a greeting: the news after it leads.
    [railsconf] = _summaries(
        "<p>Hello 🌨 from Pittsburgh! RailsConf was amazing: more than a thousand attendees "
        "showing that Rails is more alive and welcoming than ever.</p>",
        titles=("RailsConf 2018 Edition",),
    )
    assert railsconf.startswith("RailsConf was amazing")


def test_a_shows_call_out_of_its_co_host_is_no_lead_text() -> None:
    # Podcasting 2.0's show notes: the co-host called out by name, wherever it stands.
    assert is_host_callout(
        'And now, the man who beat the Rona while Riding the Lightning - Dave "Fully Noded" Jones!'
    )
    assert is_host_callout(
        "Some call him Dave, the Dev from Down South, I call him the Dream Maker - Dave Jones "
        "Everybody!"
    )
    assert not is_host_callout("The results are in, and the race was close - it went to a recount!")
    [summary] = _summaries(
        "<p>Adam &amp; Dave discuss the week's developments on podcastindex.org and welcome "
        "Mitch Downey from Podverse.FM</p><p>And In Alabama, The Boy Wonder of Boosting- My "
        "Friend on the other end - Dave Jones!</p>",
        titles=("Episode 30: Digital Abolitionists",),
    )
    assert summary.startswith("Adam & Dave discuss") and "Alabama" not in summary


def test_a_shows_recording_credit_ends_its_description() -> None:
    # Off Menu, "Ep 18: Desiree Burch".
    [summary] = _summaries(
        "<p>This week's guest is comedian Desiree Burch – star of Netflix's upcoming 'Flinch'. "
        "The podcast gets hacked, and we find out what's in the dream restaurant's bathroom.</p>"
        "<p>Recorded and edited by Ben Williams for Plosive Productions.</p>",
        titles=("Ep 18: Desiree Burch",),
    )
    assert summary.endswith("dream restaurant's bathroom.")

"""An item's link is its own only when the feed's other items do not share it, from held-out
samples 22 and 30's rejects (quoted inline): a page most items link, a show's archive page, a
listing whose articles are other items' links, is no article; the item's own guid, episode file,
else no link at all."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.parsing.home_links import without_home_links
from bot.parsing.models import FeedEntry

_PUBLICATIONS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Ahmed Awad (NullC0d3) – Publications &amp; Articles</title>
<link>https://ahmedawadresearch.github.io/</link><description>Latest publications.</description>
<item><title>Inside the Mind of a Threat Actor: What CISOs Must Learn Before the Next Breach</title>
<link>https://ahmedawadresearch.github.io/publications/</link>
<description>An exploration of threat actor psychology.</description>
<guid isPermaLink="false">pub-1-2026</guid></item>
<item><title>The Financialization of Cybercrime</title>
<link>https://ahmedawadresearch.github.io/publications/</link>
<description>An analysis of the financial infrastructure of cybercrime.</description>
<guid isPermaLink="false">pub-2-2025</guid></item>
<item><title>How Blockchain Could Disrupt Industries</title>
<link>https://blocktelegraph.io/how-blockchain-could-disrupt-industries/</link>
<description>An exploration of blockchain technology's potential.</description>
<guid isPermaLink="false">article-3-2023</guid></item>
</channel></rss>"""


def test_a_listing_page_two_of_three_items_link_is_neither_ones_story() -> None:
    # AhmedAwadResearch/ahmedawadresearch.github.io public/feed.xml: "Read more" goes to the
    # generic listing /publications/ on two items. With nothing of their own to link, the page
    # stays their link (editors split on such links: 5 judged rejects, 8 publishes), but it is
    # no key of a story: each item is its own story, and each is posted.
    parsed = parse_feed(_PUBLICATIONS.encode(), url="https://ahmedawadresearch.github.io/feed.xml")
    listing = "https://ahmedawadresearch.github.io/publications/"
    assert [entry.link for entry in parsed.entries] == [
        listing,
        listing,
        "https://blocktelegraph.io/how-blockchain-could-disrupt-industries/",
    ]
    assert [entry.canonical_url for entry in parsed.entries[:2]] == [None, None]
    assert parsed.entries[2].canonical_url is not None


def _knallbunt(day: str, linked: bool) -> str:
    own = (
        f"<guid>http://www.hoerspieltipps.net/archiv/knallbunt.html#{day}</guid>"
        "<link>http://www.hoerspieltipps.net/archiv/knallbunt.html</link>"
        if linked
        else ""
    )
    return f"""<item><title>Knallbunt vom {day[:2]}.{day[2:4]}.{day[4:]}</title>
<description>Diesmal mit den "Fünf Freunden" und "Gut gegen Nordwind".</description>{own}
<enclosure url="http://www.hoerspieltipps.net/media/knallbunt{day[4:]}{day[2:4]}{day[:2]}.mp3"
 length="18287520" type="audio/mpeg" /></item>"""


_KNALLBUNT = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Knallbunt - Das Hoerspielmagazin</title>
<link>http://www.hoerspieltipps.net/archiv/knallbunt.html</link>
<description>Augen zu, Ohren auf!</description>
{"".join(_knallbunt(day, False) for day in ("11072012", "04072012", "27062012", "20062012"))}
{"".join(_knallbunt(day, True) for day in ("08062011", "01062011", "25052011"))}
</channel></rss>"""


def test_an_archive_page_every_linked_episode_shares_gives_way_to_its_guids_anchor() -> None:
    # korowiow80/PodSearch_Content hoerspieltipps.net/media/knallbunt.xml: 17 of 62 episodes
    # link the show's archive page (too few for the home-page rule); the guid is the episode's
    # own place on it, anchor kept.
    parsed = parse_feed(
        _KNALLBUNT.encode(), url="http://www.hoerspieltipps.net/media/knallbunt.xml"
    )
    linked = [(entry.link, entry.canonical_url) for entry in parsed.entries[4:]]
    assert linked == [
        (f"http://www.hoerspieltipps.net/archiv/knallbunt.html#{day}",) * 2
        for day in ("08062011", "01062011", "25052011")
    ]


def _shed(title: str, host: str, n: int) -> str:
    return f"""<item><title>{title}</title><link>http://{host}</link>
<description>Anything can happen.......it'll probably be silly though!</description>
<enclosure url="http://{host}/sgrs{n}.mp3" length="62199787" type="audio/mpeg"/>
<guid isPermaLink="false">sgrs-{n}</guid></item>"""


_SHED = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>The Radio Shed</title><link>http://www.theradioshed.com</link>
<description>Welcome to the crazy world of the radio shed</description>
{_shed("High Peak Dinners", "www.theradioshed.com", 18)}
{_shed("Stereo Graffiti Radio Show Nineteen", "radio.stereograffiti.com", 19)}
{_shed("Stereo Graffiti Radio Show Eight", "radio.stereograffiti.com", 8)}
{_shed("Stereo Graffiti Radio Show Seven", "radio.stereograffiti.com", 7)}
</channel></rss>"""


def test_another_hosts_front_page_the_episodes_share_gives_way_to_their_files() -> None:
    # PodSearch_Content radio.stereograffiti.com/sgrs1.xml: 40 episodes link
    # http://radio.stereograffiti.com, not the channel's link; each links its own audio.
    parsed = parse_feed(_SHED.encode(), url="http://radio.stereograffiti.com/sgrs1.xml")
    assert [entry.link for entry in parsed.entries[1:]] == [
        "http://radio.stereograffiti.com/sgrs19.mp3",
        "http://radio.stereograffiti.com/sgrs8.mp3",
        "http://radio.stereograffiti.com/sgrs7.mp3",
    ]


def _pjea(title: str) -> str:
    return f"""<item><title>{title}</title>
<link>http://feedproxy.google.com/~r/PJEA/~3/pVIX6AQLcL0/</link>
<description>la suite, sur www.pjea.com</description>
<feedburner:origLink>http://www.pjea.com</feedburner:origLink></item>"""


_PJEA = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>
<title>PJEA.com</title><link>http://www.pjea.com</link><description>Les news du PJEA</description>
{_pjea("WRC et IRC 2008")}{_pjea("Le final 2008")}{_pjea("Wales Rally : jour 2")}
</channel></rss>"""


def test_items_all_linking_the_home_page_with_nothing_of_their_own_are_not_one_story() -> None:
    # ruby-feed-parser-benchmark feed--42026811.rss20: every item's link leads to the home
    # page; "Le final 2008" has no article link of its own to give. The home page stays the
    # link, never the story's key (it would make all three one story, posted once).
    parsed = parse_feed(_PJEA.encode(), url="http://feedproxy.google.com/PJEA")
    assert [entry.canonical_url for entry in parsed.entries] == [None, None, None]
    assert all(entry.link for entry in parsed.entries)


def _entry(title: str, link: str) -> FeedEntry:
    return FeedEntry(f"id:{title}", title, link, link, None, "")


def test_two_parts_of_one_episode_sharing_its_page_keep_it() -> None:
    # podverse-api samples/altucher.rss: "414 - Tom Bilyeu … (Part 1)" and "415 … (Part 2)"
    # link one show-notes page among 197 episodes: the page is both parts' own.
    site = "https://jamesaltucher.com/"
    page = "https://jamesaltucher.com/2018/11/414-tom-bilyeu/"
    entries = [
        _entry("415 - Tom Bilyeu: Replace Excuses With Process (Part 2)", page),
        _entry("414 - Tom Bilyeu: Anyone Can Create Impact (Part 1)", page),
        *(_entry(f"{n} - Guest {n}", f"{site}2018/10/guest-{n}/") for n in range(400, 410)),
    ]
    assert without_home_links(entries, site) == entries


def test_one_story_repeated_under_one_title_keeps_its_link() -> None:
    # Items of one title sharing a link are one story the feed wrote twice, not a listing.
    site = "https://news.example.org/"
    story = f"{site}2024/05/budget-vote/"
    entries = [_entry("Budget passes", story) for _ in range(3)]
    entries = [*entries, _entry("Storm warning", f"{site}2024/05/storm/")]
    assert without_home_links(entries, site) == entries


# Headlines: a title most items share, alike or but for a number, is the show's, not the item's.


def _rthk(guest: str, n: int) -> str:
    return f"""<item><title>RTHK: The MAN HK International Literary Festival 2008</title>
<itunes:subtitle> The MAN HK International Literary Festival 2008: {guest} </itunes:subtitle>
<itunes:summary>{guest} talked to Hugh Chiverton about the book.</itunes:summary>
<enclosure url="http://podcast.rthk.org.hk/podcast/media/manhkilf2008/149_{n}.mp3"
 length="9123968" type="audio/mp3" />
<guid>http://podcast.rthk.org.hk/podcast/media/manhkilf2008/149_{n}.mp3</guid></item>"""


_RTHK = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd" version="2.0"><channel>
<title>RTHK：The MAN HK International Literary Festival 2008</title>
<link>http://podcast.rthk.org.hk/podcast/item.php?pid=149</link>
<description>The 2008 Literary Festival drew the biggest names in writing.</description>
{_rthk("Murder out of Context", 1)}{_rthk("Philip Ardagh", 2)}{_rthk("Marina Benjamin", 3)}
</channel></rss>"""


def test_a_title_every_episode_shares_gives_way_to_what_its_subtitle_adds() -> None:
    # korowiow80/PodSearch_Content podcast.rthk.org.hk/podcast/manhkilf2008.xml: every
    # episode's title is the festival's name; its itunes:subtitle adds the episode's own.
    parsed = parse_feed(_RTHK.encode(), url="http://podcast.rthk.org.hk/podcast/manhkilf2008.xml")
    assert [entry.title for entry in parsed.entries] == [
        "Murder out of Context",
        "Philip Ardagh",
        "Marina Benjamin",
    ]


def _ucast(n: int, subject: str) -> str:
    return f"""<item><title>Episode {n}</title>
<link><![CDATA[http://traffic.libsyn.com/ucast/uCast0{n}_iPod_Lg.mp4]]></link>
<description><![CDATA[Usher's uCast:  Episode {n} - {subject}.
For more, please go to UshersNewLook.org]]></description>
<guid isPermaLink="false">ucast-{n}</guid><itunes:subtitle />
<enclosure length="87167119" type="video/mp4"
 url="http://traffic.libsyn.com/ucast/uCast0{n}_iPod_Lg.mp4" />
</item>"""


_UCAST = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>Usher's uCast</title><link><![CDATA[http://www.ushersnewlook.org]]></link>
<description>Get to know all of Usher through the uCast series!</description>
{_ucast(5, "Usher the Humanitarian")}
{_ucast(4, "The morning after the album release... and the album release party")}
{_ucast(3, "Creating, building and maintaining a brand")}
</channel></rss>"""


def test_a_bare_episode_number_gives_way_to_the_subject_its_first_line_adds() -> None:
    # PodSearch_Content ucast.robertthorne.libsynpro.com/rss: "Episode 5" beside "Episode 4";
    # the description's first line "Usher's uCast: Episode 5 - Usher the Humanitarian." names
    # the episode, and is no lead once it is the headline.
    parsed = parse_feed(_UCAST.encode(), url="http://ucast.robertthorne.libsynpro.com/rss")
    assert [entry.title for entry in parsed.entries] == [
        "Usher the Humanitarian",
        "The morning after the album release... and the album release party",
        "Creating, building and maintaining a brand",
    ]
    assert "Episode 5" not in parsed.entries[0].content_html


def _homegrown(n: int) -> str:
    return f"""<item><title>Homegrown Hits - Episode 0{n}</title>
<description>Homegrown Hits - Episode 0{n}. Songs by local bands, played in full.</description>
<guid isPermaLink="false">hh-{n}</guid></item>"""


def test_a_numbered_show_title_with_no_subject_beside_it_stays() -> None:
    # partytime's homegrown-hits.xml: editors published "Homegrown Hits - Episode 03" as is; a
    # sentence going on after the title ("… 03. Songs by …") names no subject.
    feed = f"""<rss version="2.0"><channel><title>Homegrown Hits</title>
<link>https://example.org/hh</link>{"".join(_homegrown(n) for n in (3, 2, 1))}</channel></rss>"""
    parsed = parse_feed(feed.encode(), url="https://example.org/hh.xml")
    assert [entry.title for entry in parsed.entries] == [
        "Homegrown Hits - Episode 03",
        "Homegrown Hits - Episode 02",
        "Homegrown Hits - Episode 01",
    ]


def _abeira(n: str, subtitle: str) -> str:
    return f"""<item><title>À Beira Talk Show {n}</title>
<itunes:subtitle>{subtitle}</itunes:subtitle>
<description>Forja um sequestro para ficar longe da playboy.</description>
<guid>https://soundcloud.com/abeira/talk-show-{n}</guid></item>"""


def test_one_episode_whose_subtitle_goes_on_keeps_its_numbered_title_as_its_fellows() -> None:
    # Alisson12horas/abeira public/feed.xml: editors published "À Beira Talk Show 12"; only
    # the first episodes' subtitles go on ("À Beira Talk Show 02 - Comenta incêndios, FBI e
    # comemora o Dia do Rock. Yeah!"), no way of the feed's.
    items = [_abeira(n, f"À Beira Talk Show {n}") for n in ("14", "13", "12")]
    items.append(
        _abeira("02", "À Beira Talk Show 02 - Comenta incêndios, FBI e comemora o Dia do Rock.")
    )
    feed = f"""<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>À Beira</title><link>http://www.abeira.com/</link>{"".join(items)}</channel></rss>"""
    parsed = parse_feed(feed.encode(), url="http://www.abeira.com/feed.xml")
    assert parsed.entries[3].title == "À Beira Talk Show 02"


def test_a_shared_page_kept_as_the_link_is_shown_without_its_trackers() -> None:
    # Propellerhead's ReFill news (ruby-feed-parser-benchmark feed-972332740): every item links
    # the ReFill archive "…&ReFillType=Free&from=rss". The post shows the page as ever, its
    # tracker dropped (the canonical form), and the page keys no story.
    page = "http://www.propellerheads.se/refills/index.cfm?ReFillType=Free"
    entries = [
        FeedEntry(f"id:{n}", f"ReFill {n}", f"{page}&from=rss", page, None, "") for n in range(3)
    ]
    assert [(e.link, e.canonical_url) for e in without_home_links(entries, None)] == [
        (page, None)
    ] * 3

"""Labels a feed repeats on its headlines (samples 27-32, headline rejects): "caro's blog: ",
"News: ", "(EN) " and "[Live360]" go; a subject the
items' texts name, a planet's blog names and a show's numbering stay."""

from __future__ import annotations

from bot.parsing.headline_labels import without_kind_labels
from bot.parsing.models import FeedEntry


def _entries(
    titles: list[str], text: str = "A post.", site: str = "example.org"
) -> list[FeedEntry]:
    return [
        FeedEntry(
            key=str(n),
            title=title,
            link=f"https://{site}/{n}",
            canonical_url=None,
            published_at=None,
            content_html=f"<p>{text}</p>",
        )
        for n, title in enumerate(titles)
    ]


def _titles(entries: list[FeedEntry]) -> list[str]:
    return [e.title for e in without_kind_labels(entries)]


def test_a_cross_posting_label_on_half_the_headlines_goes() -> None:
    # feed-863268415 (Caro Cuisine): 7 of 15 titles open "caro's blog: ".
    titles = ["caro's blog: Brunch @ Maverick", "caro's blog: My first PB&J"]
    titles += ["caro's blog: Monkey cake", "Chili Con Carne", "A Bon Port (Castro)"]
    assert _titles(_entries(titles))[:3] == ["Brunch @ Maverick", "My first PB&J", "Monkey cake"]


def test_a_feeds_post_kinds_before_a_colon_go_together() -> None:
    # The Google Weblog (horde lexicon): "Launch: " on 14 of 28, "News: " on 3.
    titles = [f"Launch: Google Code Search number {n} today" for n in range(4)]
    titles += ["News: Google strengthens focus on Greater China"] * 1
    titles += ["News: Google donates $350,000 to open source projects at Oregon State"]
    titles += ["Story: Xooglers, Google's former Marketing Director tells his story"]
    cut = _titles(_entries(titles))
    assert cut[4:] == [
        "Google strengthens focus on Greater China",
        "Google donates $350,000 to open source projects at Oregon State",
        "Story: Xooglers, Google's former Marketing Director tells his story",
    ]


def test_a_language_mark_in_brackets_goes() -> None:
    # briefing-arte (sample 30): every other item is the English edition, "(EN) …".
    titles = [
        "El último día de Duchamp en el MoMA",
        "(EN) Duchamp's Last Day at MoMA and the Armory Show's First-Ever Museum Prizes",
        "La Bienal del Whitney cierra piso por piso",
        "(EN) The Whitney Biennial Closes Floor by Floor",
        "Greater New York cierra hoy",
        "(EN) Greater New York Closes Today as the Market Deepens Its Bet on Women Artists",
    ]
    assert _titles(_entries(titles))[3] == "The Whitney Biennial Closes Floor by Floor"


def test_a_bracketed_kind_may_run_a_number_into_its_letters() -> None:
    # Livegen: "[LiveWii] …", "[LivePlay3] …", "[Live360] …".
    titles = [
        "[LiveWii] Le hérisson se dévoile en détails",
        "[LiveWii] Phantom Brave Wii : c'est officiel",
        "[Live360] La traque de Valve pour Left 4 Dead",
        "[LivePlay3] Insomniac Games résiste aux vacances",
    ]
    assert _titles(_entries(titles))[2:] == [
        "La traque de Valve pour Left 4 Dead",
        "Insomniac Games résiste aux vacances",
    ]


def test_a_subject_the_texts_name_stays() -> None:
    # allAfrica: "Kenya: …" opens 8 of 32 headlines, and each story is about Kenya.
    titles = [f"Kenya: Aviation Workers Suspend Strike in round {n} talks" for n in range(4)]
    titles += ["Nigeria: Senate passes the budget", "Ghana: Cocoa prices rise again"]
    entries = _entries(titles, text="Workers in Kenya went back to work.")
    assert _titles(entries)[:4] == titles[:4]


def test_a_shows_numbering_a_name_alone_and_a_planets_blogs_stay() -> None:
    numbered = ["Pods Dings: Level 12", "Pods Dings: Level 11", "Pods Dings: Level 10", "Other"]
    assert _titles(_entries(numbered)) == numbered
    named = ["Meet the merbists: Hampton Catlin", "Meet the merbists: Ezra Zygmuntowicz"]
    named += ["Meet the merbists: Yehuda Katz", "Merb 1.0 released"]
    assert _titles(_entries(named)) == named
    # A planet: each label's items link to that blog, one of the many sites the feed links to.
    planet = [
        FeedEntry(
            key=str(n),
            title=t,
            link=f"https://{site}/{n}",
            canonical_url=None,
            published_at=None,
            content_html="<p>Text.</p>",
        )
        for n, (t, site) in enumerate(
            [
                ("Pat Eyler: Pragmatic Thinking & Learning", "on-ruby.example"),
                ("Pat Eyler: Looking for serious Ruby Hacktitude?", "on-ruby.example"),
                ("Pat Eyler: Ruby hackers in the news", "on-ruby.example"),
                ("Gregory Brown: A new Ruport release", "majesticseacreature.example"),
                ("Gregory Brown: Prawn 0.3 is out", "majesticseacreature.example"),
                ("Jamis Buck: Capistrano notes", "weblog.jamisbuck.example"),
            ]
        )
    ]
    assert [e.title for e in without_kind_labels(planet)] == [e.title for e in planet]


def test_a_column_named_on_every_headline_stays() -> None:
    # site_labels reads a label on nearly every item (the site's or the show's name).
    columns = [f"This Week in Review: the news of week {w} and more" for w in "abcde"]
    assert _titles(_entries(columns)) == columns

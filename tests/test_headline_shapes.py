"""Titles that are not the item's headline as the feed wrote them: a heading glued to the cut
start of its text, a bare web address, a copied page title's site and section breadcrumb
(held-out sample 13's headline rejects, 2026-12-06).

The feeds are from kalv/ruby-feed-parser-benchmark's 2008 crawl (commit 5c2d2b54, no licence
stated): the headlines and sentences below are quoted short strings, not copied files."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed


def _titles(*items: tuple[str, str]) -> list[str]:
    entries = "".join(
        f"<item><title>{title}</title><link>http://example.org/{n}</link>"
        f"<description>{text}</description></item>"
        for n, (title, text) in enumerate(items)
    )
    body = f'<rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'.encode()
    return [e.title for e in parse_feed(body, url="http://example.org/feed").entries]


# Notifixious's Tumblr (feed--792512321.rss20) titles a link post by the link's name and the
# start of its description, on a second line, cut: the post showed both run together.
def test_a_heading_glued_to_the_cut_start_of_its_text_is_the_heading() -> None:
    title = "Interview with Julien Genestoux\nJulien stopped by for a chat..."
    text = "&lt;h4&gt;Julien stopped by for a chat about his new service&lt;/h4&gt;"
    assert _titles((title, text)) == ["Interview with Julien Genestoux"]


def test_a_two_line_title_not_cut_stays_whole() -> None:
    title = "Pushing for change\nin the suburbs"
    assert _titles((title, "Some text here.")) == ["Pushing for change in the suburbs"]


# The same Tumblr's link post with no name for its link: "http://fr.techcrunch.com/" headed it.
def test_a_bare_address_gives_way_to_the_text() -> None:
    titles = _titles(("http://fr.techcrunch.com/", "Notifixous on Techcrunch... in French!"))
    assert titles == ["Notifixous on Techcrunch... in French!"]


# rubyphilia's "www.EuRuKo2009.org" names the event the post announces, as a headline would.
def test_an_address_without_its_scheme_is_a_name_and_stays() -> None:
    titles = _titles(("www.EuRuKo2009.org", "Barcelona on the 9th. Got a Ruby talk?"))
    assert titles == ["www.EuRuKo2009.org"]


# "Here comes the war" (feed-301255244.atom10) titled a comment by the BBC page it answers.
def test_a_copied_page_titles_site_and_section_are_cut() -> None:
    title = "BBC NEWS | Technology | Google move 'black day' for China"
    assert _titles((title, "It's quite funny.")) == ["Google move 'black day' for China"]


# Hansard's "Taxation | Questions without Notice | House debates": no breadcrumb before a
# headline (the last part is the shortest); "How to … | Angela Duckworth | The TED Interview".
def test_titles_of_parts_that_are_no_breadcrumb_stay() -> None:
    titles = [
        "Taxation | Questions without Notice | House debates",
        "How to turn grit into a lifelong habit | Angela Duckworth | The TED Interview",
    ]
    assert _titles(*((t, "Text.") for t in titles)) == titles

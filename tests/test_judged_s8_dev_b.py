"""What an editor rejected in session 8's development sample s8-dev-b (bench/judged/
2026-12-05-s8-dev-b.jsonl) and helper F9 fixed, by family, each checked on the rejected
feeds' real entries (excerpts under tests/data/judged/s8b-*)."""

from __future__ import annotations

from bot.parsing.urls import canonical_url
from tests.test_judged_dev_pool import read

# An article's address is the entry's, whatever its query looks like: a query with no "="
# is part of the address (Dotclear 1.x, ASP job boards), and "&region=" is a parameter,
# not HTML's "&reg" entity.


def test_a_dotclear_address_keeps_its_query_so_the_post_links_the_entry() -> None:
    _, [(entry, post)] = read("s8b-dotclear-g5min.xml")
    wanted = "http://www.grandk.net/puisqueG5mn/index.php?2006/06/27/183-merci-id-o-rama-merci"
    assert entry.canonical_url == wanted
    assert post.link == wanted
    _, [(entry, post)] = read("s8b-dotclear-alexx.xml")
    assert post.link == "http://alexx.ikse.org/blog?2004/06/18/6-node-launched"


def test_a_parameter_named_like_an_entity_stays_a_parameter() -> None:
    _, [(entry, post)] = read("s8b-serial-region.rss")
    assert post.link is not None
    assert "®" not in post.link
    assert "region=header" in post.link
    assert post.link.startswith("https://www.nytimes.com/2020/07/30/podcasts/nice-white-parents")


def test_bare_queries_an_address_needs_and_one_that_only_names_the_feed() -> None:
    # jobs.joelonsoftware.com's listings (feedjira's sample) differ only by their query.
    assert canonical_url("http://jobs.joelonsoftware.com/default.asp?4471") == (
        "http://jobs.joelonsoftware.com/default.asp?4471"
    )
    # transfermarkt.de marks its feed's links with a bare "?rss" (rss-parser's itunes-href.rss).
    assert canonical_url("http://www.transfermarkt.de/x/view/news/326649?rss") == (
        "http://www.transfermarkt.de/x/view/news/326649"
    )
    # An entity the feed escaped twice is still undone, as courlan did (KDE's assembla.xml).
    assert canonical_url("https://www.assembla.com/s/i?current_date=2008-10-15&amp;report_id=23") == (
        "https://www.assembla.com/s/i?current_date=2008-10-15&report_id=23"
    )

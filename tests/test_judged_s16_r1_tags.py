"""Hashtags held-out sample 14 rejected: feed-level labels filed as tags (an address on every
item, the authors' names, a section label upper-cased byte by byte), a default category in
Chinese, posting-method and contributed-post labels."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from tests.support.tagged_feeds import entry_tags, tagged_atom

# The made-up items name the tags a test keeps: session 17's tag gate shows only those.


def _authored(*entries: tuple[str, str, tuple[str, ...], str]) -> list[tuple[str, ...]]:
    # Entries of (author, headline, categories, text), as Blogger writes them.
    items = "".join(
        f"<entry><title>{title}</title><id>urn:x:{n}</id><author><name>{author}</name>"
        f'<email>noreply@blogger.com</email></author><link href="http://example.com/{n}"/>'
        f"<updated>2008-12-0{n + 1}T10:00:00Z</updated>"
        + "".join(f'<category term="{c}"/>' for c in cats)
        + f'<content type="html">{text}</content></entry>'
        for n, (author, title, cats, text) in enumerate(entries)
    )
    body = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Advertising for Peanuts</title>'
        f'<link href="http://example.com/"/>{items}</feed>'
    ).encode()
    return [e.categories for e in parse_feed(body, url="http://example.com/feed").entries]


def test_an_address_on_every_item_stays_only_where_the_post_names_it() -> None:
    # BienBienBien files all 10 of its posts "bienbienblog.net" beside their topics.
    posts = [
        ("Time ne fait pas ses tops", ("time", "bienbienblog.net"), "Le magazine Time."),
        ("The Story of Stuff", ("anticipation", "bienbienblog.net"), "Un film d'anticipation."),
        ("Musique et zizis", ("crucialitude", "bienbienblog.net"), "Crucialitude: SNL."),
        ("BienBienBien déménage", ("TiensTiensTiens", "bienbienblog.net"), "TiensTiensTiens!"),
        ("Lienlienlien / bienbienblog.net", ("bbbliens", "bienbienblog.net"), "Des liens."),
    ]
    tags = entry_tags(tagged_atom("BienBienBien", *posts))
    assert tags[:4] == [("time",), ("anticipation",), ("crucialitude",), ("TiensTiensTiens",)]
    assert "bienbienblog.net" in tags[4]  # the post names it


def test_a_subject_on_every_item_stays() -> None:
    # A Zen blog files each poem "Zen" and few say the word (one here); a label no item ever
    # names (Web2Null's "Galerie") goes: test_judged_s17_h1_tags. Each poem names its tags
    # here, as session 17's tag gate shows only the tags an item names.
    posts = [(f"Poem {n}", ("Zen", f"theme{n}"), f"A Zen poem on theme{n}.") for n in range(6)]
    assert all("Zen" in tags for tags in entry_tags(tagged_atom("A blog", *posts)))


def test_a_subject_on_fewer_than_five_items_is_left() -> None:
    # Each post names its tags (session 17's tag gate shows only the tags an item names).
    posts = [(f"Post {n}", ("Python", f"lib{n}"), f"Python notes on lib{n}.") for n in range(4)]
    assert all("Python" in tags for tags in entry_tags(tagged_atom("A blog", *posts)))


def test_the_authors_name_as_a_tag_is_no_topic() -> None:
    # Advertising for Peanuts files each post under its writer ("Jim Morris", "T. Willerer").
    tags = _authored(
        ("Jim Morris", "AmeriCrap", ("Jim Morris",), "Ads that shout."),
        ("T. Willerer", "hidden desires", ("T. Willerer",), "I'm embedding part 2 of 4."),
        ("Jim Morris", "Thanks to all", ("Jim Morris", "blogging"), "Jim Morris: blogging."),
    )
    assert tags == [(), (), ("Jim Morris", "blogging")]


def test_a_section_label_upper_cased_byte_by_byte_is_no_hashtag() -> None:
    # Télérama: "LE FIL TéLéVISION", its accented letters left lower; a post on TV keeps topics.
    posts = [
        ("Où l'on reparle des lobbies", ("LE FIL TéLéVISION",), "Au départ, la pub sur RFO."),
        ("Le prix Louis-Delluc", ("LE FIL CINéMA", "Cinéma"), "Le prix du cinéma est décerné."),
    ]
    assert entry_tags(tagged_atom("Télérama.fr - A la une", *posts)) == [(), ("Cinéma",)]


def test_a_default_category_in_chinese_is_no_topic() -> None:
    # "默认分类" is the blog software's "default category", beside "读书偶摘" (reading notes).
    posts = [("4万除以13等于多少？", ("读书偶摘", "默认分类", "乱弹"), "读书偶摘，乱弹。")]
    assert entry_tags(tagged_atom("美国留学咨询", *posts)) == [("读书偶摘", "乱弹")]


def test_how_a_post_reached_the_blog_is_no_topic() -> None:
    # "Post-by-mail" (WordPress's post by e-mail) and ADOM Guides' "contributed" reader guides.
    posts = [
        ("Ma da quando HIV guarda la provenienza?", ("Post-by-mail",), "Un testo."),
        ("Killing in Style", ("soirana", "assassin", "contributed"), "A soirana assassin."),
    ]
    assert entry_tags(tagged_atom("Il virus che parla", *posts)) == [(), ("soirana", "assassin")]


def test_ampersand_initials_beside_the_spelled_name_are_no_hashtag() -> None:
    # Opinion Watch files its "I&S" interviews under "I&S" and "image & stratégie" ("#IS").
    posts = [
        (
            "Interview I&amp;S",
            ("I&amp;S", "image &amp; stratégie", "E-reputation"),
            "E-reputation, image &amp; stratégie.",
        ),
        ("La robe", ("H&amp;M", "mode"), "Une robe H&amp;M, la mode."),  # the brand alone stays
    ]
    tags = entry_tags(tagged_atom("Opinion Watch", *posts))
    assert set(tags[0]) == {"image & stratégie", "E-reputation"}
    assert set(tags[1]) == {"H&M", "mode"}

"""Tags a reader cannot use even where the item names them (held-out samples 11-15's hashtag
rejects): a site's section path, a catch-all, a post's kind, the blog's own name cut into
words, a download site's search-keyword list."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed


def _feed(title: str, items: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://blog.example/</link>{items}</channel></rss>"
    )


def _item(title: str, text: str, *tags: str) -> str:
    cats = "".join(f"<category>{t}</category>" for t in tags)
    slug = "".join(c for c in title if c.isalnum())[:30]
    return (
        f"<item><title>{title}</title><link>http://blog.example/{slug}/</link>"
        f"<description>{text}</description>{cats}</item>"
    )


def _tags(title: str, *items: str) -> list[tuple[str, ...]]:
    feed = _feed(title, "".join(items))
    return [e.categories for e in parse_feed(feed.encode(), url="http://blog.example/f").entries]


def test_a_section_path_is_split_and_its_front_page_step_dropped() -> None:
    # Plongeur.com files items as "Photo et Video sous-marines|La Une": a path of sections,
    # whose "La Une" (the front page) is where the item is shown, not what it is about.
    text = "Les photographes sous-marines prennent des photos et vidéos ; c'est la une."
    (tags,) = _tags(
        "Plongeur.com Le magazine",
        _item("Epson Red Sea 2008", text, "Photo et Video sous-marines|La Une"),
    )
    assert tags == ("Photo et Video sous-marines",)


def test_a_breadcrumb_path_gives_its_steps_less_the_home_step() -> None:
    (tags,) = _tags("Site", _item("Brussels summit", "Europe news today.", "Home > News > Europe"))
    assert "Europe" in tags and not any(">" in t or t == "Home" for t in tags)


def test_catch_all_categories_go_in_several_languages() -> None:
    # marcO's_br4inh4ck (s17 pool): "blogroll" (WordPress's default) and "nurkram" ("just
    # stuff"); Tweaked for your Pleasure's "Stuff". Each post's text says the word.
    (tags,) = _tags(
        "marcO's_br4inh4ck",
        _item(
            "Die schöne neue Wordpresswelt und ein Simple Tags Fix",
            "Das neue Wordpress Dashboard, im Blogroll nurkram und Stuff.",
            "wordpress",
            "blogroll",
            "nurkram",
            "Stuff",
        ),
    )
    assert tags == ("wordpress",)


def test_post_kind_labels_go_in_other_languages() -> None:
    # Diannas hyggeblog's "Klumme" (a column); Gadgeterija's "piaruše" (PR blurbs).
    (tags,) = _tags(
        "Gadgeterija",
        _item(
            "Dva navigacijska mobitela u ponudi T-Mobilea",
            "Piaruše: T-Mobile mobitela. Klumme.",
            "mobitel",
            "piaruše",
            "Klumme",
        ),
    )
    assert tags == ("mobitel",)


def test_the_blogs_name_cut_into_word_tags_goes() -> None:
    # [Sistemas UNSA] files a few of its 25 posts "sistemas", "unsa" beside their topics.
    tags = _tags(
        "[Sistemas UNSA]",
        _item(
            "Derechos Humanos para usuarios de Software",
            "Sistemas UNSA: Richard Stallman hablará sobre linux.",
            "sistemas",
            "unsa",
            "linux",
        ),
        _item("Native Client", "Google Native Client, código nativo.", "google"),
        _item("Ubuntu 8.10", "Ubuntu 8.10 ya está disponible.", "ubuntu"),
        _item("Firefox 3.1", "Firefox 3.1 beta: más rápido.", "firefox"),
    )
    assert tags[0] == ("linux",)


def test_the_blogs_name_on_most_of_its_posts_is_its_subject_and_stays() -> None:
    # Ruby on Windows files 25 of its 25 posts "ruby" and 20 "windows": what it is about.
    items = [
        _item(f"Automating {app} with Ruby", f"Ruby on Windows: {app}.", app, "ruby", "windows")
        for app in ("Excel", "Word", "Outlook", "PowerPoint")
    ]
    assert _tags("Ruby on Windows", *items)[0] == ("Excel", "ruby", "windows")


def test_a_download_sites_keyword_list_shows_no_tag() -> None:
    # mytunebd.blogspot.com: each post's tags are its film's name run through search words.
    text = "Download latest Bollywood Movie Yes Boss Songs for Free. Hindi mp3 songs."
    (tags,) = _tags(
        "Download Latest Bangla or Hindi Songs",
        _item(
            "Yes Boss-Download latest Bollywood Movie Yes Boss Songs for Free",
            text,
            "hindi mp3 songs",
            "bollywood movie Yes Boss songs",
            "free Yes Boss mp3 songs",
            "Yes Boss songs mp3",
            "download Yes Boss songs",
        ),
    )
    assert tags == ()


def test_a_few_stray_keywords_leave_the_items_topics() -> None:
    # a touch of melancholy: two download keywords among a TV episode's tags.
    text = "Prison Break is on 12th episode called Selfless; heroes downloads HDTV episode 12."
    (tags,) = _tags(
        "a touch of melancholy",
        _item(
            "Prison Break Season 4 Episode 12: Selfless",
            text,
            "prison break",
            "selfless",
            "heroes downloads",
            "prison break episode 12 HDTV downloads",
            "heroes",
        ),
    )
    assert "prison break" in tags and "selfless" in tags

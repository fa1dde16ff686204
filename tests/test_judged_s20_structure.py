"""Samples 20 and 21's structure and debris: a related-posts plugin's list glued under the
post's last paragraph ("… at that point. Similar Posts: <a>…</a>, <a>…</a>.", "相关推荐: …"), a
blog host's stand-in for a player ("[There is a video that cannot be displayed in this feed.
…]"), and sentences cut at an abbreviation that never ends one ("Hvis du f.eks.", "- Feat.")."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.sentences import split_sentences
from bot.text.verse import verse_opening


def _text(html: str) -> str:
    return read_text(html, title="x", site_name=None, site_url=None)[0]


def test_a_similar_posts_list_glued_under_the_last_paragraph_goes() -> None:
    # smartpastor.com's "Seven Items of Interest v3" (feed-765641955, sample 21): the plugin
    # writes its heading with no paragraph of its own, so it ran into the post's last sentence.
    last = "or… I suppose it depends on what part of the body you are thinking with at that point."
    html = (
        f"<p>{last}</p>            Similar Posts:<ul>"
        '<li><a href="http://www.smartpastor.com/seven-items-of-interest-v1/" rel="bookmark">'
        "Seven Items of Interest v1</a></li>"
        '<li><a href="http://www.smartpastor.com/lunch-time-links-for-2-5-08/" rel="bookmark">'
        "Lunch Time Links for 2-5-08</a></li></ul>"
    )
    assert _text(html) == last


def test_a_chinese_related_posts_list_glued_under_the_text_goes() -> None:
    # cntxt.net's "西德尼·谢尔顿：【暗算】" (feed-1027076508, sample 21): "相关推荐:" and its <ol>.
    last = "阴森的气氛有如陵墓，只有鬼魂才会愿意住在这里。"
    html = (
        f"{last}\n\n\n相关推荐:<ol>"
        "<li><a href='http://www.cntxt.net/html/y2008/762.html' rel='bookmark'>"
        "西德尼·谢尔顿：【世无定事】</a></li>"
        "<li><a href='http://www.cntxt.net/html/y2008/764.html' rel='bookmark'>"
        "西德尼·谢尔顿：【祸起萧墙】</a></li></ol>"
    )
    assert _text(html) == last


def test_a_list_of_links_under_a_sentence_of_the_writers_stays() -> None:
    html = (
        "<p>These are the tools I use every day:</p><ul>"
        '<li><a href="https://a.example/">Editor</a></li>'
        '<li><a href="https://b.example/">Terminal</a></li></ul>'
    )
    assert "Editor" in _text(html)


def test_a_hosts_stand_in_for_a_video_goes() -> None:
    # notebooks.com's "HP MIni 1000: How to Upgrade RAM …" (feed-335367784, sample 20).
    first = "Upgrading RAM on a notebook is usually a pretty simple task for experienced users."
    html = (
        f"<p>{first}</p>\n<p>[There is a video that cannot be displayed in this feed. "
        '<a href="http://www.notebooks.com/2008/12/12/hp-mini-1000/">Visit the blog entry to '
        "see the video.]</a></p>\n<p>No tools are necessary.</p>"
    )
    assert _text(html) == f"{first}\n\nNo tools are necessary."


def test_for_example_in_danish_ends_no_sentence() -> None:
    # omblogs.dk's "Vælg det vigtigste fra YouTube" (feed--19713365, sample 20).
    text = "Der er faktisk et trick. Hvis du f.eks. vil embedde denne video, skal du gøre sådan."
    assert split_sentences(text) == [
        "Der er faktisk et trick.",
        "Hvis du f.eks. vil embedde denne video, skal du gøre sådan.",
    ]


def test_a_featured_artist_mark_ends_no_sentence_and_a_feat_does() -> None:
    # musikandomp3.com's "Hot Hits Transamérica" tracklist (feed--307554618, sample 21).
    assert split_sentences("With Every Heartbeat - Feat. Kleerup - Robyn") == [
        "With Every Heartbeat - Feat. Kleerup - Robyn"
    ]
    assert split_sentences("It was quite a feat. Nobody had done it before.") == [
        "It was quite a feat.",
        "Nobody had done it before.",
    ]


def _poem(lines: list[str]) -> str:
    return "<p>" + "<br />\n".join(lines) + "</p>"


def test_a_poems_lead_runs_on_to_its_sentences_end() -> None:
    # rienquavecdesmots.com's "Nikos" (feed-949321533, sample 20): four lines stopped on a comma.
    lines = [
        "Il était grec,", "Pas très grand,", "Brun", "Avec de grands yeux bleus,",
        "Des yeux qui savaient rire…", "L’amitié, avec lui,", "Etait entrée chez nous…",
        "Il était là", "Pour nous apprendre", "A parler, à lire et à écrire",
    ]  # fmt: skip
    assert verse_opening(_poem(lines), 400) == " / ".join(lines[:5])


def test_a_poems_lead_stops_at_the_sentence_its_lines_end() -> None:
    # "Le temps qui passe" (the same feed): "Il emporte avec lui" opens the next sentence.
    lines = [
        "Le temps qui passe", "Est un voleur", "Qui ne respecte rien.", "Il emporte avec lui",
        "Dans son sac, pêle-mêle,", "Nos rêves, nos espoirs,", "Nos regrets,",
        "Nos bonheurs, nos chagrins,", "Puis nous laisse un beau soir", "Sur le bord du chemin",
    ]  # fmt: skip
    assert verse_opening(_poem(lines), 400) == " / ".join(lines[:3])


def test_lyrics_with_no_stops_keep_their_four_opening_lines() -> None:
    lines = [f"line {n} of a song that never stops" for n in range(1, 11)]
    assert verse_opening(_poem(lines), 400) == " / ".join(lines[:4])


def test_a_posts_filing_line_is_no_text() -> None:
    # 456bereastreet.com's "The order of link pseudo-classes matters" (feed-465429856, sample
    # 21): "Posted in CSS." ran into the lead's last sentence.
    last = "Eric Meyer explains why the order matters."
    html = (
        f"<p>{last}</p><p>Posted in "
        '<a href="http://www.456bereastreet.com/archive/categories/css/" rel="tag">CSS</a>.</p>'
    )
    assert _text(html) == last


def test_a_sentence_that_posts_in_a_linked_place_stays() -> None:
    html = '<p>Posted in <a href="https://forum.example/">the forum</a> by a reader who asked.</p>'
    assert _text(html) == "Posted in the forum by a reader who asked."


def test_lyrics_marking_no_clause_run_on_to_no_later_stop() -> None:
    # dgold.info's "Today There Was a Thunderstorm" (feed-115454170, sample 19's pool).
    lines = [
        "Thunderstorm is coming", "I see it through the door", "If I get struck by lightning",
        "My heart won’t beat any more", "In other words…", "I would be dead", "So I stay inside",
        "And watch the rain", "Come down on the street", "Until it is over",
    ]  # fmt: skip
    assert verse_opening(_poem(lines), 400) == " / ".join(lines[:4])


def test_a_sentence_the_feed_cut_before_the_related_heading_goes_with_it() -> None:
    # cntxt.net's "西德尼·谢尔顿：【灭顶之灾】" (feed-1027076508, sample 21).
    lead = "她既敏感又胆大，二者的结合具有不可抵挡的诱惑力。"
    html = (
        f"{lead}达娜报道南斯拉夫战争的一年时间里，全世界的观众都被那位亲临战场....\n\n\n相关推荐:<ol>"
        "<li><a href='http://www.cntxt.net/html/y2008/762.html'>西德尼·谢尔顿：【世无定事】</a></li>"
        "<li><a href='http://www.cntxt.net/html/y2008/764.html'>西德尼·谢尔顿：【祸起萧墙】</a></li>"
        "</ol>"
    )
    assert _text(html) == lead

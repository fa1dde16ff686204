"""A site's furniture glued onto an entry (held-out samples 16-17): an aggregator's vote counter
after each description ("8 Vote(s)"), a Chinese closing ask to subscribe, a blog platform's
smiley as the post's photo. Short strings quoted inline from the 2008 crawl in
kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.parsing.pictures import first_photo
from bot.text.site_notices import is_site_notice
from bot.text.subscribe_prompts import is_subscribe_prompt
from tests.support.rss import Item
from tests.test_site_notices import summaries

# Fuzz.fr's descriptions: the submitter's text cut at 149 characters, then the vote counter.
_CUT = (
    (
        "Google Chrome, télécharger la version finale",
        "Officiellement, Google Chrome, le navigateur opensource de la firme de Moutain View est "
        "dès à présent disponible en téléchargement dans sa version fi",
    ),
    (
        "Et si votre ville recevait une bombe atomique",
        "Voilà une petite application pour connaître le rayon d'impact d'une bombe atomique qui "
        "tomberait sur votre ville. Vous sélectionnez la ville de votre",
    ),
    (
        "Grande Enquête sur la Blogosphère francophone",
        "Il y a un an de cela Nowhere Else lançait une grande enquête sur la Blogosphère "
        "francophone. Bien que le taux de participation ne fut pas des plus él",
    ),
)
_WHOLE = (
    "La Belle au Bois Dormant | Planète-HD",
    "Retrouvez le test du blu-ray du chef d'oeuvre de Walt Disney : La belle au bois dormant "
    "sur Planète-HD",
)


def _voted(n: int, title: str, text: str) -> Item:
    return Item(title, f"http://example.com/{n}", f"{text}<br/><br/>{n + 8} Vote(s) ", guid=f"g{n}")


def test_a_vote_counter_after_the_description_is_no_part_of_the_lead() -> None:
    posts = summaries([_voted(n, t, d) for n, (t, d) in enumerate((*_CUT, _WHOLE))])
    assert posts[_WHOLE[0]] == _WHOLE[1] + "."
    assert not any("Vote" in summary for summary in posts.values())


def test_a_description_cut_at_the_feeds_width_before_its_counter_is_no_lead() -> None:
    # Without the counter the feed's fixed width shows: a cut line is no standfirst (headline
    # only), and a whole first sentence before the cut is the lead.
    posts = summaries([_voted(n, t, d) for n, (t, d) in enumerate((*_CUT, _WHOLE))])
    assert [posts[title] for title, _ in _CUT] == [
        "",
        "Voilà une petite application pour connaître le rayon d'impact d'une bombe atomique qui "
        "tomberait sur votre ville.",
        "Il y a un an de cela Nowhere Else lançait une grande enquête sur la Blogosphère "
        "francophone.",
    ]


def test_a_counter_written_both_ways_or_label_first_is_a_site_notice() -> None:
    for counter in ("8 Vote(s)", "22 Vote(s).", "Votes: 8", "1 Floats"):
        assert is_site_notice(counter), counter
    for kept in ("The bill passed with 52 votes.", "Points: 12 of them were scored late."):
        assert not is_site_notice(kept), kept


def test_a_chinese_ask_to_bookmark_subscribe_or_follow_is_a_prompt() -> None:
    for ask in (
        "今后，我将会继续尽力写好这个博客，在此感谢各位新老朋友的支持，欢迎大家收藏和订阅象牙塔内。",
        "在各大音频平台都能搜到我们，欢迎订阅收听。",
        "更多精彩，请关注芬哥微信公众号「史蒂芬的专栏」。",
    ):
        assert is_subscribe_prompt(ask), ask
    for kept in ("苹果今天推出了新的音乐订阅服务。", "他邀请大家关注气候变化。"):
        assert not is_subscribe_prompt(kept), kept


def test_a_blog_platforms_smiley_in_a_faces_folder_is_no_photo() -> None:
    sina = '<p>今天早点睡觉吧<img src="http://blogimg.sinajs.cn/images/control/face/012.gif"></p>'
    assert first_photo(sina) is None
    smiley = '<img src="http://novovision.fr/plugins/couteau_suisse/img/smileys/clin-oeil.png">'
    assert first_photo(smiley) is None
    # A portrait in a folder of faces is a photo: a drawn file (GIF, PNG) is the smiley.
    portrait = '<img src="http://example.org/team/faces/anna-portrait.jpg">'
    assert first_photo(portrait) == "http://example.org/team/faces/anna-portrait.jpg"


def test_a_live_players_credit_left_without_its_player_is_a_site_notice() -> None:
    # kmels.net: "Streaming Video by Ustream.TV" under the embed, the whole summary once the
    # lead's pointer at the video went.
    for credit in ("Streaming Video by Ustream.TV", "Live Broadcasting by Mogulus."):
        assert is_site_notice(credit), credit
    for kept in ("Video by John Smith shows the crash.", "Videos by the dozen are here."):
        assert not is_site_notice(kept), kept

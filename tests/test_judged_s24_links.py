"""Links in a lead that help the reader, from held-out samples 22-26 (kalv/ruby-feed-parser-
benchmark feeds, quoted inline): a redirect's carried address, a path's own ";" parameters
without the session id, and no link on glossary words, sponsor trackers or comment spam."""

from __future__ import annotations

from bot.text.summary_links import summary_anchors


def _hrefs(summary: str, html: str, article_url: str) -> dict[str, str]:
    return {anchor.text: anchor.href for anchor in summary_anchors(summary, html, article_url)}


_PROBLOGGER = (
    '<p>Yesterday I <a href="http://www.problogger.net/archives/2008/07/25/million-dollar-blogger'
    '-interviewed/">linked up</a> to an <a href="http://www.blogmastermind.com/affiliates/index.php'
    '?af=782013&amp;u=http://www.entrepreneurs-journey.com/952/alborz-interview/">interview</a> '
    "with an Australian blogger.</p>"
)


def test_an_affiliate_kits_redirect_links_the_address_it_carries() -> None:
    # "…/affiliates/index.php?af=782013&u=<page>": the affiliate's click counter in front of
    # another site's interview; the post links the interview.
    summary = "Yesterday I linked up to an interview with an Australian blogger."
    hrefs = _hrefs(summary, _PROBLOGGER, "http://www.problogger.net/archives/2008/07/26/passion/")
    assert hrefs["interview"] == "http://www.entrepreneurs-journey.com/952/alborz-interview/"


_WEBDEUX = (
    '<p>Parmi celles-ci on trouve les solutions de <a rel="nofollow" href="http://ebuzzing.com/'
    'rd/4122_288_9042_20_74/www.easyvisio.com/fr/home.html" target="_blank">vidéoconférences</a>'
    " permettant de faire des réunions à distance.</p>"
)


def test_a_sponsor_tracker_carrying_a_host_in_its_path_is_no_link() -> None:
    # "ebuzzing.com/rd/<campaign>/www.easyvisio.com/…": the sponsor counts the click; the
    # words stay, unlinked.
    summary = (
        "Parmi celles-ci on trouve les solutions de vidéoconférences permettant de faire des "
        "réunions à distance."
    )
    assert _hrefs(summary, _WEBDEUX, "http://www.webdeux.info/easyvideo-solution") == {}


_CHANNELWEB = (
    '<p>ChannelWeb has a list of <a target="_blank" href="http://www.crn.com/it-channel/212201200;'
    'jsessionid=JP4KWGNNBEJ5KQSNDLPCKHSCJUNN2JVN?pgno=10">10 predictions for Microsoft in 2009</a>'
    ".</p>"
)


def test_a_paths_session_id_goes_and_its_semicolon_stays_as_written() -> None:
    # Escaped, the ";" made another path ("212201200%3Bjsessionid=…"); the session id is
    # tracking.
    summary = "ChannelWeb has a list of 10 predictions for Microsoft in 2009."
    hrefs = _hrefs(summary, _CHANNELWEB, "http://windowsconnected.com/blogs/predictions.aspx")
    assert hrefs["10 predictions for Microsoft in 2009"] == (
        "http://www.crn.com/it-channel/212201200?pgno=10"
    )


_KEZECO = (
    "<p>Le gouvernement français espère toujours officiellement éviter une <a href='http://www"
    ".kezeco.fr/-Glossaire-?lettre=R#glossaire460'>récession </a>sur l'ensemble de l'année "
    "prochaine.</p>"
)


def test_a_word_linked_to_the_sites_glossary_is_plain_text() -> None:
    # SPIP's glossary plugin links words of every entry to their letter's page.
    summary = (
        "Le gouvernement français espère toujours officiellement éviter une récession sur "
        "l'ensemble de l'année prochaine."
    )
    assert _hrefs(summary, _KEZECO, "http://www.kezeco.fr/La-Bourse-de-Paris") == {}


_GIZMOCULT_COMMENT = (
    '<p>It\'s a shame these crystal <a href="http://www.usb-computer-speakers.com/" rel="nofollow'
    "\">USB bus powered computer speakers</a> aren't a bit better designed.</p>"
)


def test_a_commenters_nofollow_keyword_link_is_plain_text() -> None:
    # WordPress marks a comment's links nofollow: a keyword anchor there is link spam.
    summary = (
        "It's a shame these crystal USB bus powered computer speakers aren't a bit better designed."
    )
    comment = "http://www.gizmocult.com/crystal-usb-desktop-speakers/#comment-87"
    assert _hrefs(summary, _GIZMOCULT_COMMENT, comment) == {}
    # In an article of the site's own, nofollow alone says nothing of the link.
    article = "http://www.gizmocult.com/crystal-usb-desktop-speakers/"
    assert _hrefs(summary, _GIZMOCULT_COMMENT, article) == {
        "USB bus powered computer speakers": "http://www.usb-computer-speakers.com/"
    }

"""A post's summary keeps no sentence pointing at a part the post lacks and no note that is not
the lead (held-out sample 12, 2008 crawl; the crawl states no licence, so short strings are quoted
inline)."""

from __future__ import annotations

from bot.text.dangling_notes import without_dangling_notes
from bot.text.pointers_down import without_pointers_down


def test_an_offer_to_show_what_the_post_lacks_goes() -> None:
    text = (
        "It looks so much cleaner. Now, I could bore you with all the different stuff that "
        "WordPress 2.7 has to offer but instead, I will show you."
    )
    assert without_pointers_down(text) == "It looks so much cleaner."


def test_a_showing_that_goes_on_to_say_what_stays() -> None:
    text = "Let me show you how the new dashboard works."
    assert without_dangling_notes(text) == text


def test_the_following_with_nothing_following_goes() -> None:
    text = "Tweaked for your Pleasure has the following so you can sync with updates."
    assert without_dangling_notes(text) == ""
    kept = "The following day we drove to Fresno."
    assert without_dangling_notes(kept) == kept


def test_a_download_here_whose_link_is_gone_goes() -> None:
    text = (
        "It looks really slick so far. You can download it here if you’re interested. So far, "
        "I have to say that I am very impressed."
    )
    assert without_dangling_notes(text) == (
        "It looks really slick so far. So far, I have to say that I am very impressed."
    )


def test_a_closing_clause_handing_over_a_download_goes_and_the_statement_stays() -> None:
    text = (
        "Victoria’s Secret Fashion Show 2008 was aired by CBS last December 3, 2008, and here "
        "is the download torrent, finally! The extravaganza showcased holiday lingerie."
    )
    assert without_dangling_notes(text) == (
        "Victoria’s Secret Fashion Show 2008 was aired by CBS last December 3, 2008. "
        "The extravaganza showcased holiday lingerie."
    )


def test_a_reference_to_an_article_not_linked_goes() -> None:
    text = (
        "Refer to Police Shielded from the law by Pierre De Vos… It seems as if steps are being "
        "taken to grant further priviledges to the police."
    )
    assert without_dangling_notes(text) == (
        "It seems as if steps are being taken to grant further priviledges to the police."
    )
    more = "You can also refer to the official HP Magic Giveaway page for more information."
    assert without_dangling_notes("You should visit each site. " + more) == (
        "You should visit each site."
    )


def test_presenting_what_follows_goes_in_french_polish_and_chinese() -> None:
    assert without_dangling_notes(
        "Il pleut. Comme j'en ai marre de lire des critiques, je vous mets le meilleur morceau "
        'de "Forth".'
    ) == ("Il pleut.")
    assert without_dangling_notes(
        "Oto kilka ciekawych okładek powyborczych z prasy amerykańskiej. Obama wygrał."
    ) == ("Obama wygrał.")
    assert without_dangling_notes(
        "网上查了查，真是要被宰了。看看下面从网上摘下来的，很实用，拍婚纱照时的“温柔五刀”。"
    ) == ("网上查了查，真是要被宰了。")


def test_a_read_more_label_goes() -> None:
    assert without_dangling_notes("Windows 7 Build 6933 (Weiter lesen).") == "Windows 7 Build 6933"


def test_a_photo_credit_and_licence_is_no_lead() -> None:
    assert without_dangling_notes("Photo DamonAbnormal - Licence CC.") == ""
    kept = "The photo licence dispute went to court in May."
    assert without_dangling_notes(kept) == kept


def test_a_note_on_the_posts_own_formatting_goes() -> None:
    text = (
        "NOTE: If this post looked weirdly formatted and broken, it was because Flock inserted "
        "a bunch of line breaks in to it. The WYSIWYG editing is cool."
    )
    assert without_dangling_notes(text) == "The WYSIWYG editing is cool."

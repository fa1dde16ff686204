"""Held-out sample 17's tags the gate kept on words the post does not say of its subject: an
address written out, a credit of the post's source, and one letter said over ("#lll")."""

from __future__ import annotations

from html import escape

from tests.support.tagged_feeds import entry_tags, tagged_atom


def _tags(headline: str, tags: tuple[str, ...], text: str) -> tuple[str, ...]:
    (tags_kept,) = entry_tags(tagged_atom("Blog", (headline, tags, escape(text))))
    return tags_kept


def test_the_host_in_an_embedded_clips_address_is_no_evidence() -> None:
    # Mustra bečka (s19 pool): a "Hit dana" post that is one YouTube clip, its address the only
    # text naming "youtube"; the tag named the host, not the song.
    text = (
        "<p>Tropa De Elite OST</p>"
        '<p><a href="http://www.youtube.com/watch?v=ajRMjErXIS8">'
        "http://www.youtube.com/watch?v=ajRMjErXIS8</a></p>"
    )
    kept = _tags("Hit dana (Tihuana - Tropa De Elite)", ("youtube", "tropa de elite"), text)
    assert kept == ("tropa de elite",)


def test_a_source_credit_is_no_evidence_for_a_tag() -> None:
    # iProdWeb (s19 pool): "(Sources Yucatan)" credits yucatan.fr; "#Yucatan" read as Mexico.
    text = (
        "<p>Une fois de plus, LaCie innove avec une nouvelle gamme de clés USB.</p>"
        '<p><a href="http://www.yucatan.fr/">(Sources Yucatan)<br /></a></p>'
    )
    assert _tags("Voila une bonne idée", ("LaCie", "Yucatan"), text) == ("LaCie",)
    colon = "<p>Apple shipped a new iPod today.</p><p>Via: <a href='http://x'>Engadget</a></p>"
    assert _tags("New iPod", ("Apple", "Engadget"), colon) == ("Apple",)


def test_a_name_the_post_says_beside_its_address_stays() -> None:
    text = "<p>Watch the talk on YouTube: http://www.youtube.com/watch?v=x</p>"
    assert _tags("A talk", ("YouTube",), text) == ("YouTube",)
    said = "<p>The source code of Linux is on kernel.org.</p>"
    assert _tags("Kernel", ("Linux",), said) == ("Linux",)


def test_one_letter_said_over_is_no_tag() -> None:
    # Open Source Operations (s19 pool): shell aliases "lll" and "llll" filed as tags.
    text = "<p>'lll' gets me a full path, 'llll' a path for scp. More bash tricks.</p>"
    kept = _tags("Tools: bash tricks: The ells", ("llll", "lll", "bash tricks"), text)
    assert kept == ("bash tricks",)

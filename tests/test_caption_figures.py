"""A bracket of figures closing a paragraph (a review's score, a date, a part's number) is no
photo credit: laut.de's one-line reviews came out empty (held-out sample 8, now development
data; the sentences as laut.de's, Photojojo's and a Brazilian blog's feeds write them)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.captions import is_caption


def test_a_reviews_score_a_date_or_a_part_in_brackets_is_no_credit() -> None:
    assert not is_caption("Der Rock'n'Roll-Thron bleibt in New York. (5/5)")
    assert not is_caption('Trevor "Playgroup" Jackson bittet zum Tanz. (4/5)')
    assert not is_caption("Photojojo Photo Safari in Brooklyn this Weekend! (10/25)")
    assert not is_caption("Quem tem medo de virar cientista de dados (3/3)")


def test_credits_in_brackets_still_are() -> None:
    assert is_caption("Sunset over the bay (John Smith/Flickr)")
    assert is_caption("Crowds in the square (Photo: Reuters)")


def test_a_one_line_review_with_its_score_is_the_posts_text() -> None:
    text, _ = read_text(
        "Der Rock'n'Roll-Thron bleibt in New York. (5/5)",
        title="The Strokes: First Impressions Of Earth",
        site_name="laut.de",
        site_url="http://www.laut.de",
        author=None,
        boilerplate=frozenset(),
    )
    assert text.startswith("Der Rock'n'Roll-Thron bleibt in New York.")

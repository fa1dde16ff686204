"""Only http, https and tg links are linked in a post; every other address is plain text, and
a category's markup never becomes part of a hashtag."""

from __future__ import annotations

import pytest

from bot.render.content import PostContent, hashtags
from bot.render.template import TemplateError
from bot.render.voice import Voice, render_for, validate_voice
from tests.support.telegram_html import parse_html

# Addresses an attacker would put in a feed, each in a family of its own.
UNSAFE = (
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " \tjava\nscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "intent://scan/#Intent;scheme=zxing;end",
    "//evil.example/no-scheme",
    "http://",
)


def _links(html: str) -> list[str]:
    return [e["url"] for e in parse_html(html).entities if e["type"] == "text_link"]


@pytest.mark.parametrize("address", UNSAFE)
def test_an_unsafe_address_anywhere_in_a_post_is_shown_as_text(address: str) -> None:
    content = PostContent(
        title="A headline",
        summary="A summary.",
        link=address,
        source_name="Site",
        source_url=address,
        original_publisher="First Outlet",
        original_url=address,
    )
    for template in (None, '{title}\n<a href="{url}">Open</a> {link} {source} {credit}'):
        delivery = render_for(content, Voice(template=template))
        assert _links(delivery.html) == []
        assert "Site" in parse_html(delivery.html).text
        assert delivery.link is None and not delivery.button


def test_http_https_and_tg_links_stay_links() -> None:
    content = PostContent(
        title="A headline",
        summary="A summary.",
        link="https://news.example/a",
        source_name="Site",
        source_url="http://news.example/",
    )
    footer = '<a href="tg://resolve?domain=channel">Join us</a>'
    html = render_for(content, Voice(footer=footer)).html
    assert _links(html) == [
        "https://news.example/a",
        "http://news.example/",
        "tg://resolve?domain=channel",
    ]


def test_a_template_stored_before_the_rule_cannot_link_javascript() -> None:
    # Templates are checked when set; one stored earlier is rendered without its bad link.
    template = '<a href="javascript:alert(1)">{title}</a> <a href="https://ok.example">ok</a>'
    content = PostContent(title="Hello", summary="World.", link=None, source_name="Site")
    html = render_for(content, Voice(template=template)).html
    assert _links(html) == ["https://ok.example"]
    assert parse_html(html).text.startswith("Hello ok")


@pytest.mark.parametrize(
    ("template", "footer"),
    [
        ('<a href="javascript:alert(1)">{title}</a>', None),
        ('<a href="&#106;avascript:alert(1)">{title}</a>', None),
        ("{title}", '<a href="data:text/html,hi">more</a>'),
        ("{title}", '<a href="mailto:x@example.com">write</a>'),
    ],
)
def test_a_template_or_footer_linking_elsewhere_is_refused(
    template: str, footer: str | None
) -> None:
    with pytest.raises(TemplateError, match="only http://, https:// and tg:// addresses"):
        validate_voice(template, footer)


def test_markup_in_a_category_is_no_part_of_its_hashtag() -> None:
    categories = [
        '<a href="x">tag</a>',
        "&lt;b&gt;Elections&lt;/b&gt;",
        '<span class="c">Winter Olympics</span>',
        "<br/>",
    ]
    assert hashtags(categories, 10) == ("#tag", "#Elections", "#Winter_Olympics")

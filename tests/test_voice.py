"""The channel's voice: templates, footers, hashtags, and the photo-or-text decision."""

from __future__ import annotations

import pytest

from bot.render.content import PostContent, hashtags, render_post
from bot.render.telegram_html import HtmlError, check_html
from bot.render.template import TemplateError, fill, parse_template
from bot.render.voice import (
    Delivery,
    Voice,
    content_from_json,
    content_to_json,
    render_for,
    validate_voice,
)
from storage.records import PreviewMode
from tests.support.telegram_html import parse_html

CONTENT = PostContent(
    title="Ferry <service> resumes",
    summary="The island ferry returned on Wednesday.",
    link="https://gazette.example/ferry",
    source_name="Harbour Gazette",
    source_url="https://gazette.example/",
    tags=("#Harbour", "#Winter_Olympics"),
)


def _visible(html: str) -> str:
    return parse_html(html).text


def test_the_default_voice_keeps_the_classic_post_look() -> None:
    html = render_for(CONTENT, Voice()).html
    assert html == render_post(CONTENT)
    assert _visible(html) == (
        "Ferry <service> resumes\n\nThe island ferry returned on Wednesday.\n\n"
        "Read more · Harbour Gazette\n\n#Harbour #Winter_Olympics"
    )
    assert html.startswith("<b>Ferry &lt;service&gt; resumes</b>")


def test_a_custom_template_fills_placeholders_with_escaped_values() -> None:
    voice = Voice(template="🗞 <i>{source}</i>\n<b>{title}</b>\n{summary}\n{url}", footer=None)
    html = render_for(CONTENT, voice).html
    check_html(html)
    assert _visible(html) == (
        "🗞 Harbour Gazette\nFerry <service> resumes\nThe island ferry returned on Wednesday.\n"
        "https://gazette.example/ferry"
    )


def test_empty_placeholders_drop_their_line_and_separator() -> None:
    template = parse_template("<b>{title}</b>\n\n{summary}\n\n{link} · {credit}\nTags: {tags}")
    values = {"title": "T", "summary": "", "link": "", "credit": "Site", "tags": ""}
    assert fill(template, values) == "<b>T</b>\n\nSite"


def test_the_footer_is_appended_when_the_template_does_not_place_it() -> None:
    footer = '📢 Join <a href="https://t.me/harbour">@harbour</a> for more'
    html = render_for(CONTENT, Voice(template="<b>{title}</b>", footer=footer)).html
    assert html.endswith("\n\n" + footer)
    assert _visible(html).endswith("📢 Join @harbour for more")


def test_templates_are_checked_when_set_with_a_clear_reason() -> None:
    with pytest.raises(TemplateError, match=r"unknown placeholder \{headline\}"):
        validate_voice("<b>{headline}</b>", None)
    with pytest.raises(TemplateError, match="lone"):
        validate_voice("<b>{title</b>", None)
    with pytest.raises(TemplateError, match="<div>"):
        validate_voice("<div>{title}</div>", None)
    with pytest.raises(TemplateError, match="never closed"):
        validate_voice("<b>{title}", None)
    with pytest.raises(TemplateError, match="must show"):
        validate_voice("Just text", None)
    # A line that disappears for a post without summary must not leave a tag open.
    with pytest.raises(TemplateError, match="without summary"):
        validate_voice("<b>{title}</b>\n<i>{summary}\n</i>", None)
    with pytest.raises(TemplateError, match="footer"):
        validate_voice(None, "Join us & <b>win")
    with pytest.raises(TemplateError, match="leave less"):
        validate_voice(None, "x" * 4000)
    validate_voice("{{braces}} <b>{title}</b>\n{summary}", "📢 Join @harbour")
    validate_voice(None, None)


def test_the_html_check_matches_telegrams_rules() -> None:
    check_html('<b>a</b> <a href="https://x.example/?a=1&amp;b=2">x</a> &lt; &#128226; &#160;')
    check_html('<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>')
    bad_html = ["a & b", "<b>x</i>", "</b>", "<p>x</p>", "<a>x</a>", "<span>x</span>", "&bogus;"]
    for bad in [*bad_html, "&nbsp;"]:
        with pytest.raises(HtmlError):
            check_html(bad)


def test_hashtags_are_normalised_deduplicated_and_capped() -> None:
    categories = ["Winter Olympics", "Russia", "winter-olympics", "2024", "Côte d'Ivoire", "x"]
    assert hashtags(categories, 10) == (
        "#Winter_Olympics",
        "#Russia",
        "#Côte_d_Ivoire",
        "#x",
    )
    assert hashtags(categories, 2) == ("#Winter_Olympics", "#Russia")
    assert hashtags(categories, 0) == ()


def test_an_image_makes_a_photo_post_only_when_the_caption_fits() -> None:
    with_image = PostContent(**{**CONTENT.__dict__, "image_url": "https://img.example/1.jpg"})
    assert render_for(with_image, Voice()).image_url == "https://img.example/1.jpg"
    long = PostContent(**{**with_image.__dict__, "summary": "A long sentence here. " * 60})
    delivery = render_for(long, Voice())
    assert delivery.image_url is None and delivery.link == CONTENT.link
    assert len(_visible(delivery.html)) > 1024


def test_sending_options_and_content_survive_storage() -> None:
    delivery = render_for(CONTENT, Voice(link_preview=PreviewMode.SMALL, button=False))
    again = Delivery.from_stored(delivery.html, delivery.image_url, delivery.options_json())
    assert again == delivery
    assert content_from_json(content_to_json(CONTENT)) == CONTENT
    # Posts queued before options existed go out as before: preview on, no button.
    assert Delivery.from_stored("<b>x</b>", None, None).link_preview == "auto"


def test_an_editor_is_told_which_entities_telegram_understands() -> None:
    with pytest.raises(HtmlError, match=r"&nbsp; at character 9 .* \(&#160; for a no-break"):
        check_html("Footer: &nbsp;")

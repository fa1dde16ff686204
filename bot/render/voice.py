"""A channel's voice: its template, footer, link preview and button, applied to one post."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from functools import lru_cache

from bot.render.content import (
    CAPTION_LIMIT,
    TEXT_LIMIT,
    PostContent,
    placeholder_values,
    render_post,
    telegram_length,
    visible_text,
)
from bot.render.telegram_html import HtmlError, check_html, is_linkable
from bot.render.template import DEFAULT_TEMPLATE, Template, TemplateError, fill, parse_template
from bot.text.summary_links import Anchor
from storage.records import PreviewMode

# Room a template and footer must leave for the headline and summary.
_ROOM_FOR_STORY = 600


@dataclass(frozen=True)
class Voice:
    """How one target (channel or topic) presents posts; None means the default."""

    template: str | None = None
    footer: str | None = None
    link_preview: PreviewMode = PreviewMode.AUTO
    button: bool = True


@dataclass(frozen=True)
class Delivery:
    """A rendered post and how to send it: as a photo with caption, or as text."""

    html: str
    # Set when the post goes as a photo with `html` as its caption.
    image_url: str | None
    # The article: what the link preview shows and the button opens.
    link: str | None
    link_preview: PreviewMode
    button: bool

    def options_json(self) -> str:
        """The sending options as stored with the post (opaque to storage)."""
        return json.dumps({"link": self.link, "preview": self.link_preview, "button": self.button})

    @classmethod
    def from_stored(cls, html: str, image_url: str | None, options: str | None) -> Delivery:
        """Rebuild from a stored post; posts queued before options existed get defaults."""
        values = json.loads(options) if options else {}
        return cls(
            html=html,
            image_url=image_url,
            link=values.get("link"),
            link_preview=PreviewMode(values.get("preview", PreviewMode.AUTO)),
            button=bool(values.get("button", False)),
        )


@lru_cache(maxsize=64)
def _template(source: str | None) -> Template | None:
    return parse_template(source) if source else None


def render_for(content: PostContent, voice: Voice) -> Delivery:
    """The post in this voice; a photo post when there is an image and the caption fits."""
    html = render_post(content, template=_template(voice.template), footer=voice.footer)
    fits_caption = telegram_length(visible_text(html)) <= CAPTION_LIMIT
    # The article a preview shows and the button opens: a web address, never a tg: link.
    web = is_linkable(content.link) and (content.link or "").lower().startswith("http")
    link = content.link if web else None
    return Delivery(
        html=html,
        image_url=content.image_url if fits_caption else None,
        link=link,
        link_preview=voice.link_preview,
        button=voice.button and link is not None,
    )


def content_to_json(content: PostContent) -> str:
    """A post's content as stored, so a pending post can be re-rendered in a new voice."""
    return json.dumps(asdict(content), ensure_ascii=False)


def content_from_json(text: str) -> PostContent:
    """The inverse of content_to_json."""
    values = json.loads(text)
    values["tags"] = tuple(values.get("tags") or ())
    values["summary_links"] = tuple(Anchor(**a) for a in values.get("summary_links") or ())
    return PostContent(**values)


_SAMPLE = PostContent(
    title="A headline of typical length for checking the template",
    summary="The first sentence of the story. The second one.",
    link="https://example.com/news/1",
    source_name="Example News",
    source_url="https://example.com/",
    original_publisher="Original Outlet",
    original_url="https://original.example/a",
    tags=("#Example", "#Winter_Olympics"),
)
# Every optional part missing, one at a time and all at once: lines disappear differently.
_SAMPLES = (
    ("a full post", _SAMPLE),
    ("a post without summary", replace(_SAMPLE, summary="")),
    ("a post without link", replace(_SAMPLE, link=None)),
    ("a post without tags", replace(_SAMPLE, tags=())),
    ("a post that is no reprint", replace(_SAMPLE, original_publisher=None)),
    (
        "a post with only a title",
        replace(_SAMPLE, summary="", link=None, tags=(), original_publisher=None),
    ),
)


def validate_voice(template: str | None, footer: str | None) -> None:
    """Raise TemplateError (a message for the editor) unless every post will render."""
    parsed = parse_template(template or DEFAULT_TEMPLATE)
    if not parsed.fields & {"title", "summary"}:
        raise TemplateError("the template must show {title} or {summary}")
    if footer:
        try:
            check_html(footer)
        except HtmlError as exc:
            raise TemplateError(f"footer: {exc}") from None
    for footer_state, footer_value in (("with", footer), ("without", None)):
        for state, content in _SAMPLES:
            html = fill(parsed, placeholder_values(content, footer_value))
            try:
                check_html(html)
            except HtmlError as exc:
                raise TemplateError(
                    f"for {state} {footer_state} footer the result is not valid Telegram HTML:"
                    f" {exc}\n{html}"
                ) from None
    long_title = replace(_SAMPLE, title="word " * 60, summary="")
    html = fill(parsed, placeholder_values(long_title, footer))
    if telegram_length(visible_text(html)) > TEXT_LIMIT - _ROOM_FOR_STORY:
        raise TemplateError(
            f"template and footer leave less than {_ROOM_FOR_STORY} characters for the story"
        )

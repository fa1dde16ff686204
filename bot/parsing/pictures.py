"""The picture an item is about, when its feed declares none: the content's first image
whose alt text is the headline (a web comic's strip), or, for an item with next to no text
(a picture post, a story told in photos), its first image that is a photo at all."""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bot.parsing.icon_pictures import is_icon
from bot.parsing.links import is_unreachable_host
from bot.parsing.picture_leads import describes_its_picture
from bot.parsing.picture_sides import declared_px, declared_sides, is_strip, larger_picture
from bot.parsing.related_pictures import under_a_list_heading

# Smaller than this on its longer declared side it is an icon (as feeds.py's media rule).
_MIN_PHOTO_PX = 200
# The first image is looked for near the top only: one further down illustrates a paragraph.
_HEAD_CHARS = 4000
_WORDS = re.compile(r"\w+")
# Thumbnails by the names hosts give them (reddit's thumbs.redditmedia.com, "/thumbnails/",
# WordPress' "_thumb", "tn_…" and "…_tn.png").
_THUMBNAIL = re.compile(r"thumb|(?:^|[/_-])tn[_.-]|_tn\b", re.I)
# A size written in the address: "img_159x159$…" (record.pt), WordPress' "-150x150.jpg",
# "/72x72/" (emoji sets). Both sides small is a thumbnail or an icon; "/960x630/" is a photo.
_NAMED_SIZE = re.compile(r"(?<![0-9a-z])([0-9]{2,4})x([0-9]{2,4})(?![0-9a-z])", re.I)
# "…_keyvisual_100px.jpg": one side named.
_NAMED_WIDTH = re.compile(r"(?<![0-9a-z])([0-9]{2,4})px(?![a-z])", re.I)
# Sides under this are an aspect ratio ("-4x3-992.jpg", "large.3x2.jpg", "16x9"), not pixels.
_MIN_NAMED_PX = 20
# Blogger's and Google's crops: "/s72-c/", "=s72-c", "/w150-h150/".
_NAMED_CROP = re.compile(r"[/=]s([0-9]{1,4})(?:-c)?(?:[/?]|$)|[/=-]w([0-9]{1,4})-h[0-9]", re.I)
# Pictures that are never a post's photo: feed flare and feed ads (FeedBurner's "~ff/" and "~r/"
# beacons, WordPress.com's share bar "feeds.wordpress.com/1.0/comments/…", Feedsportal,
# DoubleClick's and Google's feed ads, Pheedo), tracking pixels and counters (pixel.wp.com,
# stats.wordpress.com, a Matomo "stats.…/p.php"; a script is no picture file), avatars (Gravatar),
# emoji and smilies (WordPress' s.w.org, Weibo's "appstyle/expression/"), share and subscribe
# buttons ("…/facebook.gif", AddThis' "static/btn/…/sm-share-en.gif"), badges (shields.io's
# "Paper-Link-green", Digg's), a site's logo, its skin's, theme's and wiki's icons (a forum's
# "skins/default/filetype/jpg.gif", IPB's "style_images/…/img-resized.png", phpBB's "imageset/",
# ikiwiki's "wikiicons/diff.png", DokuWiki's "fileicons/"), ad and tracker networks' tags
# (BlueKai, adsrvr's "/track/"), buttons that say "read more" ("clique-aqui-para-ler.webp"),
# spacers, a plugin's own art (WordPress's "wp-content/plugins/…": share icons, badges, a video
# player's "default_video_player.gif"), placeholders, a beacon's one- or two-letter picture
# carrying its query (Snap Shots' "i.ixnp.com/…/t.gif?ctxt=…", "__utm.gif?", SimpleFeed's title
# stamp "…/4.gif?f=…"). Matched on
# host, path and query, case-blind. A planet's author heads ("planet.ubuntu.com/heads/jdub.png")
# are faces, not the post's photo. A blog platform's smiley set is a drawn file in a folder named
# for faces or smileys ("blogimg.sinajs.cn/images/control/face/012.gif", "…/img/smileys/…").
_NOT_A_PHOTO = re.compile(
    r"feedburner\.com|feedproxy\.google\.com/~|feeds\.wordpress\.com/\d|feedsportal\.com|doubleclick\.net|pheedo\.com|(?:^|[./])pixel\."
    r"|googleadservices\.com|googlesyndication\.com"
    r"|(?:^|[./])stats\.|gravatar\.com|avatar|hackergotchi|(?<!refs)/heads/|emoji|emoticon|smil(?:ies|ey)|/share|sharethis"
    r"|addtoany|addthis\.com|feedflare|/buttons?/|/btn/|/expression/|spacer|blank\.gif|/1x1\.|logo"
    r"|/badges?/|(?:^|[./])badgen?\.|shields\.io"
    r"|/(?:skins?|themes?|style_images|imageset|(?:wiki|file|mime)?icons?|filetype)/"
    r"|/(?:[a-z0-9]{1,2}|__utm)\.gif\?"
    r"|/(?:faces?|smile[sy]?|smilies|smileys|emots?|emotions?|moods?|biaoqing)/[^/?]*\.(?:gif|png)"
    r"|/(?:facebook|twitter|linkedin|pinterest|digg|delicious|stumbleupon|email|print|rss)"
    r"[^/]*\.(?:gif|png)"
    r"|\.(?:svg|ico|php|cgi|aspx?|phdo)(?:$|\?)"
    r"|(?:^|[./])(?:ads?|adserver|tags|track(?:er|ing)?|analytics|beacon|metrics)\."
    r"|/track(?:ing)?/|adsrvr\.|bluekai\.|scorecardresearch\.|quantserve\.|imrworldwide\.|outbrain\.|taboola\."
    r"|(?:click|clique)[-_]?(?:here|aqui)|read[-_]?more|leia[-_]?mais|weiterlesen"
    r"|/wp-(?:content|includes)/(?:mu-)?plugins/|placeholder|default[-_]?(?:video|player|thumb)",
    re.I,
)
# A second absolute address inside an address's path: a feed that put its image base in
# front of an address already absolute ("https://cdn.record.pt/images/https://cdn.record.pt/
# images/…"), or an image proxy's origin ("images.podigee-cdn.net/0x,…=/https://cdn…").
_EMBEDDED_URL = re.compile(r"/(https?://.+)$", re.I)


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append({name: value or "" for name, value in attrs})


# An <img> tag, quoted attribute values whole (an alt text may hold ">").
_IMG_TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)


def _images(content_html: str, *, first: bool = False) -> list[dict[str, str]]:
    # Only the <img> tags go through HTMLParser, not the whole head: parsing 4,000 characters
    # of HTML for every entry without a declared image was 5% of parsing's CPU on the corpus's
    # news feeds; attributes are still read (entities decoded) by the library.
    head = content_html[:_HEAD_CHARS]
    if "<img" not in head.lower():
        return []
    parser = _Images()
    for tag in _IMG_TAG.finditer(head):
        parser.feed(tag[0])
        if first:
            break
    return parser.images


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


# A side declared zero, in an attribute or the style: a counter nobody is meant to see (a
# share widget's "width="0" height="0"" impression pixel), never a picture.
_ZERO_SIDE = re.compile(r"^\s*0+(?:px)?\s*$|(?:^|;)\s*(?:width|height)\s*:\s*0+(?:px)?\s*(?:;|$)")


def _hidden(attrs: dict[str, str]) -> bool:
    sides = (attrs.get("width", ""), attrs.get("height", ""))
    return any(_ZERO_SIDE.match(side) for side in sides if side) or bool(
        _ZERO_SIDE.search(attrs.get("style", "").lower())
    )


# A resize asked in the query: WordPress.com's "?w=150", "&width=100".
_ASKED_WIDTH = re.compile(r"(?:^|&)(?:w|width)=([0-9]{1,4})(?:&|$)", re.I)


def _small_by_name(path: str, query: str = "") -> bool:
    for match in _NAMED_SIZE.finditer(path):
        sides = int(match[1]), int(match[2])
        if min(sides) >= _MIN_NAMED_PX and max(sides) < _MIN_PHOTO_PX:
            return True
    asked = [*_NAMED_WIDTH.finditer(path), *_ASKED_WIDTH.finditer(query)]
    if any(int(match[1]) < _MIN_PHOTO_PX for match in asked):
        return True
    for match in _NAMED_CROP.finditer(path):
        side = match[1] or match[2]
        if 0 < int(side) < _MIN_PHOTO_PX:
            return True
    return False


def photo_address(url: str, *, thumbnail: bool = False) -> str | None:
    """The address as a photo's: an embedded second absolute address taken for the real one;
    None when it is no http(s) address or its name says icon, pixel, flare, ad or `thumbnail`."""
    url = larger_picture(url.strip())
    while embedded := _EMBEDDED_URL.search(urlsplit(url).path):
        url = embedded[1]
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if parts.path.strip("/") == "" and not parts.query:
        return None  # a site's home page ("http://www.bicycling.com/" in a broken <img>), no image
    if is_unreachable_host(parts.hostname or ""):
        return None  # a local build's picture ("http://localhost:4000/images/…") reaches no one
    named = url.split("://", 1)[1]
    if (
        (not thumbnail and _THUMBNAIL.search(named))
        or _NOT_A_PHOTO.search(named)
        or _small_by_name(parts.path, parts.query)
    ):
        return None
    return url


def titled_picture(content_html: str, title: str) -> str | None:
    """The first image's address when its alt text is the headline, word for word, and it is
    neither declared icon-sized nor named a thumbnail."""
    images = _images(content_html, first=True) if _words(title) else []
    if not images or _words(images[0].get("alt", "")) != _words(title):
        return None
    attrs = images[0]
    longer = max(declared_px(attrs.get("width", "")), declared_px(attrs.get("height", "")))
    if 0 < longer < _MIN_PHOTO_PX:
        return None
    return photo_address(attrs.get("src", ""))


_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]*>")


def _illustrates_an_item(content_html: str, attrs: dict[str, str]) -> bool:
    """Whether an image right after a list of links illustrates its last item (a newsletter's
    screenshot of one of the week's links, R Weekly), not the post."""
    src = attrs.get("src", "").split("?")[0]  # its query may be written with "&amp;"
    at = content_html.find(src) if src else -1
    before = content_html[max(0, at - 3000) : at] if at > 0 else ""
    before = before[: before.rfind("<img")]  # up to the image's own tag
    item, item_end = before.rfind("<li"), before.rfind("</li>")
    if item > item_end:
        # Inside an item that opens on its link ("<li><a>{ggplot2} theme …</a> <img …>").
        return re.match(r"<li\b[^>]*>\s*(?:<p\b[^>]*>\s*)?<a\b", before[item:]) is not None
    if item < 0 or re.search(r"\w", _ANY_TAG.sub("", before[item_end:])):
        return False  # not right after a list's item: nothing but markup between them
    if before.count("<li", 0, item_end) < 2:
        return False  # one link listed is the post's own subject (a campaign it launched)
    # The item is a link and nothing else ("<li><a>browse, Navigate and …</a></li>").
    linked = [
        w for text in _LINK_TEXT.findall(before[item:]) for w in _words(_ANY_TAG.sub("", text))
    ]
    return bool(linked) and linked == _words(_ANY_TAG.sub("", before[item:item_end]))


# A link straight around an image ("<a class="fancybox" href="…/full.jpg"><img width="150" …>"):
# a gallery's or lightbox's thumbnail, its href the full picture when that is an image file
# (XHTML writers close the image: "<img …></img></a>").
_LINKED_IMAGE = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["'][^>]*>\s*(<img\b(?:[^>"']|"[^"]*"|'[^']*')*>)(?:\s*</img>)?\s*</a>""",
    re.I,
)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)$", re.I)
_NAMESPACED_NAME = re.compile(r"/[A-Za-z][\w ]*:[^/:]+$")


# A thumbnail is shown at a picture's shape: not a hidden pixel ("width=1", a podcast's cover
# for players), an icon (20×20) or a strip (a screenshot of one line, 500×30).
_MIN_THUMBNAIL_PX, _MAX_THUMBNAIL_RATIO = 50, 3


def _full_picture(content_html: str, src: str, sides: list[int]) -> str | None:
    """The image file a thumbnail (`sides` declared, or none) links to, the link wrapping nothing
    else: another file than the thumbnail's, not a code host's page of it ("/blob/")."""
    short, long = min(sides), max(sides)
    # A thumbnail only named so ("air-10-sm-skyline.thumbnail.jpg" in a lightbox link to
    # "air-10-sm-skyline.jpg") has no shape to judge; one declared must be a picture's.
    if long and (short < _MIN_THUMBNAIL_PX or long > _MAX_THUMBNAIL_RATIO * short):
        return None
    for link in _LINKED_IMAGE.finditer(content_html[:_HEAD_CHARS]):
        parser = _Images()
        parser.feed(link[2])
        if parser.images and parser.images[0].get("src", "").strip() == src:
            target = html.unescape(link[1]).strip()
            path = urlsplit(target).path
            # A wiki's page of the file ("/wiki/Image:Minitab.jpg", "File:", "Datei:") is a
            # page named after it, no image: a namespace before the name says so.
            page = _NAMESPACED_NAME.search(path) is not None
            image = _IMAGE_FILE.search(path) is not None
            full = target != src and "/blob/" not in path and image and not page
            return target if full else None
    return None


def first_photo(
    content_html: str, skip: Collection[str] = (), title: str = "", *, lone: bool = False
) -> str | None:
    """The content's first photo: none declared under 200 px or a strip (its linked full picture),
    none of `skip`, no icon, pixel, avatar, emoji, ad, or thumbnail unless `lone` or photo-sized."""
    for attrs in _images(content_html):
        src = attrs.get("src", "").strip()
        sides = declared_sides(attrs)
        if _hidden(attrs) or is_strip(declared_sides(attrs, styled=True)):
            continue  # a strip (a 400×42 banner over the poster) is no photo: the next one is
        # Small on its longer side (a Flickr feed's 240×180 is a photo), or thin and over three
        # times longer (a 728×90 banner); thin on one side, its linked full picture first. A
        # thumbnail by its name ("notbamboo_thumb.jpg" at 360×480): its linked full picture
        # ("notbamboo_2.jpg"), else shown photo-sized on both sides it is the photo
        # ("inlinethumb46.webshots.com/…" at 375×500).
        short, long = sorted(sides)
        thin = 0 < short < _MIN_PHOTO_PX
        small = 0 < long < _MIN_PHOTO_PX or (thin and long > _MAX_THUMBNAIL_RATIO * short)
        shown = short >= _MIN_PHOTO_PX
        if small or thin or _THUMBNAIL.search(src):
            src = _full_picture(content_html, src, list(sides)) or ("" if small else src)
        if not src or src in skip or _illustrates_an_item(content_html, attrs):
            continue
        if under_a_list_heading(content_html, attrs.get("src", "").strip()):
            continue
        if is_icon(content_html, attrs, title):
            continue
        if url := photo_address(src, thumbnail=(lone or shown) and not small):
            return url
    return None


# "This is a picture taken …" and its kin in the corpus's languages, the noun as the thing shown
# ("this is a photo blog" is none).
_THIS_IS_A_PICTURE = (
    r"|\bthis\s+is\s+(?:a|the|my|our)\s+(?:[\w-]+\s+)?(?:picture|photo(?:graph)?|pic"
    r"|screenshot)\s+(?:taken|I\s+took|we\s+took|shot|of|from|showing)\b"
    r"|\bc['’]est\s+une\s+(?:photo|image)\s+(?:prise|de|du|des|d['’]|que)"
    r"|\b(?:esta|ésta)\s+es\s+una\s+(?:foto|imagen|fotografía)\s+(?:tomada|hecha|de|del|que)\b"
    r"|\bquesta\s+è\s+una\s+(?:foto|immagine)\s+(?:scattata|presa|di|del|della|che)\b"
    r"|\b(?:das|dies)\s+ist\s+ein\s+(?:Foto|Bild)\s+(?:vo[nm]|aus|der|des|das)\b"
)
# A lead that talks about the entry's picture ("I made this image a few years ago …", "My
# opening slide for tomorrow's keynote …") reads wrong without it, however long it is.
_ABOUT_ITS_PICTURE = re.compile(
    r"\b(?:this|these|my|our|the\s+(?:following|attached))\s+(?:\w+\s+)?"
    r"(?:image|photo(?:graph)?|picture|slide|chart|graph|diagram|screen\s?shot|drawing"
    r"|illustration|infographic|postcard|poster|cartoon|comic)s?\b"
    # … as the noun itself ("this image a few years ago", "my slide for tomorrow's keynote"),
    # not as a modifier ("our image search", "this photo editing app").
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:is|are|was|were|has|have|had|shows?|showed|above|below|here"
    r"|from|of|for|that|which|I|we|you|a|an|the|at|in|on|to|with|by|as|and|when|so)\b)"
    r"|\b(?:image|photo|picture|chart|slide|graph|diagram|screenshot)s?\s+(?:above|below)\b"
    # … or the other way round, or presented ("Above picture was taken from my home office",
    # "Here's a picture of this evolution.").
    r"|\babove\s+(?:image|photo|picture|chart|graph|diagram|screenshot)s?\b"
    r"|\bhere(?:'s|’s|\s+is|\s+are)\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:image|photo|picture"
    r"|graphic|chart|graph|diagram|screenshot)s?\s+of\b"
    # "This is a picture taken from the back of my house.", "C'est une photo prise …", "Esta es
    # una foto de …": the writer's "this" is the picture beside the text.
    + _THIS_IS_A_PICTURE
    # … or by where it stands beside the text ("See the picture to your left?"; not "the image
    # on the left is an SVG", two compared), in the languages the corpus writes it in: "das
    # Bild links/oben", "la photo ci-dessus/à gauche", "la foto de la izquierda", "de foto
    # hiernaast/links".
    + r"|\b(?:image|photo|picture|drawing|illustration)s?\s+(?:to|on|at)\s+your\s+(?:left|right)\b"
    r"|\b(?:Bild|Foto|Grafik)\s+(?:links|rechts|oben|unten|nebenan)\b"
    r"|\b(?:photo|image|illustration)s?\s+(?:ci-(?:dessus|contre)|à\s+(?:gauche|droite))"
    r"|\b(?:foto|imagen|fotografía)s?\s+de\s+(?:la\s+)?(?:izquierda|derecha|arriba)\b"
    r"|\b(?:foto|afbeelding|plaatje)s?\s+(?:hiernaast|hierboven|links|rechts)\b"
    # Pictures the writer shows in the plural, however described ("these winter wonderland by
    # Lake Michigan pictures are …", "these tiny images really don't do them justice"), or
    # shares ("there are a few pictures to share", "some photos I took").
    r"|\b(?:these|those)\s+(?:[\w'’-]+\s+){0,6}?(?:pictures|photos|images|pics|snaps)\b"
    # … spoken of as shown ("… pictures are kinda magical", "… images really don't"), not as
    # a thing a sentence goes on to do something with ("these links load images to show").
    r"(?=\s*[.,;:!?)]|\s+(?:are|were|really|look|looks|show|from|I|we|here|by|taken|do|don['’]t"
    r"|speak|say|tell)\b)"
    r"|\b(?:a\s+few|some|several|a\s+couple\s+(?:of\s+)?|more)\s+(?:[\w-]+\s+)?(?:pictures|photos"
    r"|pics|snaps|shots)\s+(?:to\s+share|I\s+took|we\s+took|I\s+made|I\s+shot|taken)\b"
    # … and the same in the Romance and Germanic languages: "esta es la foto que tengo …",
    # "Otra de las fotos que hice …", "cette photo", "ces photos", "questa foto", "dieses Bild".
    r"|\b(?:est[ae]s?|aquest[ae]s?|questa|queste|cette|ces|dies(?:es|e)?)\s+(?:foto(?:grafía|grafia"
    r"|graphie)?s?|photo(?:graphie)?s?|imagen|imágenes|immagin[ei]|Bild(?:er)?)\b"
    r"|\b(?:la|las|les|le)\s+(?:foto|photo|fotografía|imagen)s?\s+(?:que|qui|que\s+j|che)\b",
    re.IGNORECASE,
)


def talks_about_a_picture(text: str) -> bool:
    """Whether a lead speaks of the entry's picture ("this image", "my opening slide")."""
    return bool(_ABOUT_ITS_PICTURE.search(text)) or describes_its_picture(text)


# A lead opening on a presentative ("Here it is, my smuttiest bookshelf!", "Here they are:",
# "Here's my new desk.") right after the picture the entry opens with presents that picture.
_PRESENTS = re.compile(
    r"\W*here(?:\s+(?:it|they|she|he)\s+(?:is|are)\b|(?:'s|’s|\s+is|\s+are)\s+(?:my|our|an?)\s)",
    re.IGNORECASE,
)
# … or that points at it anywhere ("a piece of furniture like this.", "Check it out before it
# flies away!"): with the picture right above, "this" and "it" are the picture ("I enjoy reading
# things like this." is about writing).
_POINTS_AT_IT = re.compile(
    r"\b(?!(?:things|stuff|posts?|articles?|stories|something|anything|everything|more|ones?)\s)"
    r"[\w-]+\s+like\s+(?:this|that)\s*[.!?]|\bcheck\s+(?:it|this)\s+out\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


# A picture post opens on its pictures: two or more photos before any word (a runway report's
# three photos, then their captions: "Strong Fellini-esque Cat Eye look … Look at those
# dresses!"). A banner and a logo (height="40"), a story's thumbnail and a permalink icon
# (Techmeme), a rating widget asking about the page ("rating.gif?q=http://…") are no row.
_OPENING_PICTURES = 2


def has_words(html_text: str) -> bool:
    """Whether markup says a word: spacer dots ("..", ". . .") and stray comment ends ("–>–>")
    a blog writes before its pictures say none."""
    return _WORDS.search(html.unescape(_TAG.sub("", html_text))) is not None


def _is_photo(attrs: dict[str, str]) -> bool:
    sides = [declared_px(attrs.get(side, "")) for side in ("width", "height")]
    src = attrs.get("src", "").strip()
    if any(0 < side < _MIN_PHOTO_PX for side in sides) or "http" in urlsplit(src).query:
        return False
    return photo_address(src) is not None


def _opens_on_pictures(content_html: str) -> bool:
    head = content_html[:_HEAD_CHARS]
    tags = [tag for _, tag in zip(range(_OPENING_PICTURES), _IMG_TAG.finditer(head), strict=False)]
    if len(tags) < _OPENING_PICTURES:
        return False
    if has_words(head[: tags[-1].start()]):
        return False
    parser = _Images()
    for tag in tags:
        parser.feed(tag[0])
    return all(_is_photo(attrs) for attrs in parser.images)


def presents_its_opening_picture(text: str, content_html: str) -> bool:
    """Whether a lead presents, or points at, the picture the entry's content opens with, or
    the content opens on a row of pictures its text captions."""
    if "<img" in content_html[:_HEAD_CHARS].lower() and _opens_on_pictures(content_html):
        return True
    if not (_PRESENTS.match(text) or _POINTS_AT_IT.search(text)):
        return False
    image = re.search(r"<img\b", content_html, re.IGNORECASE)
    return image is not None and not has_words(content_html[: image.start()])


def image_sources(content_html: str) -> list[str]:
    """The addresses of the content's images near its top, as written."""
    return [src for attrs in _images(content_html) if (src := attrs.get("src", "").strip())]

"""Phrase tables for reprint notices, per family and language (compiled once at import)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.attribution.outlets import SYNDICATORS, wire_names

_I = re.I | re.U


@dataclass(frozen=True)
class Phrase:
    """A notice pattern whose match ends where the original publisher's name starts."""

    regex: re.Pattern[str]
    needs_name: bool = True  # without an outlet name the phrase proves nothing
    check_context: bool = False  # "originally appeared" is only a notice about an article
    name_before: bool = False  # "X, reproduced here as part of ..." names X first
    requires: re.Pattern[str] | None = None  # must also occur somewhere in the same paragraph
    rule: str = "phrase"  # the family unit, for counts and inspect
    # Casefolded words one of which the paragraph must contain before the regex runs: a
    # substring test is far cheaper than a scan with a complex pattern.
    cues: tuple[str, ...] = ()


def _p(
    pattern: str,
    *,
    needs_name: bool = True,
    check_context: bool = False,
    name_before: bool = False,
    requires: re.Pattern[str] | None = None,
) -> Phrase:
    return Phrase(re.compile(pattern, _I), needs_name, check_context, name_before, requires)


_PERMISSION = (
    r"(?:with|by|under)\s+(?:the\s+)?(?:(?:kind|express|written|generous)\s+)?"
    r"(?:(?:author|authors|publisher|writer|creator|editor)s?['’]?s?\s+)?(?:kind\s+)?"
    r"(?:permission|arrangement|agreement)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:author|publisher|writer|creator|editor)s?\b)?"
)

# Explicit notices, strongest evidence; earlier entries win when two overlap.
EXPLICIT: tuple[Phrase, ...] = (
    # English
    _p(
        r"\b(?:originally|first|initially|previously)\s+(?:(?:written|produced|reported)\s+and\s+)?"
        r"(?:published|appeared|ran|run|printed|posted|aired|syndicated)\s+"
        r"(?P<prep>in|on|at|by|with|via)\b\s*",
        check_context=True,
    ),
    _p(
        r"\b(?:published|appeared|ran|printed|posted)\s+(?:originally|first|initially)\s+"
        r"(?P<prep>in|on|at|by)\b\s*",
        check_context=True,
    ),
    _p(
        r"\b(?:re-?printed|re-?published|reproduced|re-?posted|cross-?posted)\b(?:\s+here)?"
        r"(?P<perm>\s+" + _PERMISSION + r")?"
        r"(?:\s*,?\s*(?P<prep>from|of|by|courtesy\s+of|via)\s+)?",
        needs_name=False,
        check_context=True,
    ),
    _p(
        r"\b(?:this|the)\s+(?:article|story|piece|report|feature|essay|investigation)\s+"
        r"(?:was|is)\s+(?:produced|co-?published|reported\s+and\s+produced)\s+(?P<prep>by)\s+"
    ),
    _p(
        r"\bthis\s+(?:article|story|essay|piece|column|review)\s+(?:also\s+)?(?:appeared|ran)\s+"
        r"(?P<prep>in|on)\s+"
    ),
    _p(
        r"\bthis\s+(?:article|story|post|piece|essay|report|column)\s+(?:is|comes)\s+"
        r"(?:from|courtesy\s+of)\s+"
    ),
    _p(r"\bthis\s+is\s+an?\s+(?:edition|issue|installment|instalment)\s+of\s+"),
    _p(r",?\s+(?:and\s+(?:is\s+)?)?reproduced\s+here\s+as\s+part\s+of\b", name_before=True),
    _p(r"(?:^|(?<=[.!?:]))\s*(?:(?:article|story|content|text)\s+)?provided\s+(?P<prep>by)\s+"),
    _p(
        r"\bex(?:c)?erpt(?:s|ed)?\s+(?:from|of)\s+(?:(?:an?|the)\s+(?:article|story|column|piece|"
        r"essay|op-ed|interview)\s+(?:(?:originally|first)\s+)?(?:(?:written|published|that\s+"
        r"appeared|which\s+appeared)\s+)?(?:(?:and|&)\s+published\s+)?(?P<prep>in|on|by|from)\s+)?",
        check_context=True,
    ),
    _p(
        r"\b(?:article|story|column|piece|op-ed)\b[^.!?\n]{0,60}?\bfrom\s+(?:an?|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:edition|issue)\s+of\s+",
        requires=re.compile(r"\bex(?:c)?erpt(?:s|ed)?\b", _I),
    ),
    _p(
        r"\b(?:whole|entire|full|complete)\s+(?:post|article|piece|column|story|essay)\s+"
        r"(?:from|by|of|written\s+by)\s+(?:another|a\s+fellow|a\s+different|someone\s+else)\b",
        needs_name=False,
    ),
    _p(
        r"\b(?:re-?posting|sharing|re-?printing|re-?publishing)\s+(?:this|a|an|the\s+following)\s+"
        r"(?:post|article|piece|column|story|essay)\s+(?:from|by)\s+"
    ),
    # Spanish / Portuguese
    _p(
        r"\b(?:publicad[oa]|aparecid[oa]|difundid[oa])\s+(?:originalmente|originariamente|"
        r"inicialmente|primeiramente|por\s+primera\s+vez|pela\s+primeira\s+vez)\s+"
        r"(?P<prep>en|em|no|na|por|pel[oa])\s+",
        check_context=True,
    ),
    _p(
        r"\b(?:originalmente|originariamente|inicialmente)\s+(?:publicad[oa]|aparecid[oa])\s+"
        r"(?P<prep>en|em|no|na|por|pel[oa])\s+",
        check_context=True,
    ),
    _p(r"\bse\s+public[óo]\s+(?:originalmente|primero|inicialmente)\s+en\s+", check_context=True),
    _p(r"\breproducimos\b[^.!?\n]{0,160}?\bpublicad[oa]\s+(?:originalmente\s+)?(?:en|por)\s+"),
    _p(
        r"\breproducimos\b[^.!?\n]{0,120}?\b(?:en|de|del|por)\s+"
        r"(?=(?:la\s+|el\s+|los\s+|las\s+)?[«\"“]?(?-i:[A-ZÁÉÍÓÚÑ]))"
    ),
    _p(r"\breproduzid[oa]\s+(?:com\s+autoriza[çc][ãa]o\s+)?(?:d[eoa]|a\s+partir\s+d[eoa])\s+"),
    # French
    # "(article écrit par Eric Viard - http://www.eco-bio.info)": a guest's text and its site.
    _p(r"\(\s*(?:un\s+)?(?:article|texte|billet)\s+(?:écrit|rédigé)\s+(?P<prep>par)\s+"),
    _p(
        r"\b(?:article|texte|tribune|chronique|entretien|cet\s+article|ce\s+texte)\s+"
        r"(?:a\s+(?:d['’]abord\s+|initialement\s+|originellement\s+)?été\s+|est\s+)?"
        r"(?:paru|parue|publié|publiée)\s+(?:initialement\s+|originellement\s+|"
        r"à\s+l['’]origine\s+|d['’]abord\s+|pour\s+la\s+première\s+fois\s+)?"
        r"(?P<prep>dans|sur|par|en)\s+"
    ),
    _p(
        r"\b(?:publiée?s?|parue?s?)\s+(?:initialement|originellement|à\s+l['’]origine|d['’]abord|"
        r"pour\s+la\s+première\s+fois)\s+(?P<prep>dans|sur|par)\s+",
        check_context=True,
    ),
    _p(
        r"\b(?:initialement|originellement)\s+(?:publiée?|parue?)\s+(?P<prep>dans|sur|par)\s+",
        check_context=True,
    ),
    _p(
        r"\b(?:republiée?|reproduite?)\s+(?:à\s+partir\s+de|depuis|avec\s+(?:l['’]aimable\s+)?"
        r"(?:l['’])?(?:autorisation|permission)\s+(?:de|du|des))\s+"
    ),
    # German
    _p(
        r"\b(?:erschien|erschienen|veröffentlicht)\s+(?:zuerst|ursprünglich|erstmals|zunächst)\s+"
        r"(?P<prep>auf|in|im|bei|beim)\s+",
        check_context=True,
    ),
    _p(
        r"\b(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\s+"
        r"(?P<prep>auf|in|im|bei|beim):?\s+",
        check_context=True,
    ),
    _p(
        r"\bist\s+(?:zuerst|ursprünglich|erstmals)\s+(?P<prep>auf|in|im|bei|beim)\s+",
        check_context=True,
    ),
    _p(
        r"\bmit\s+(?:freundlicher\s+)?(?:Genehmigung|Erlaubnis)\s+(?:von|des|der|vom)\s+",
        check_context=True,
    ),
    # Italian
    _p(
        r"\b(?:articolo|pezzo|intervista|testo|editoriale|commento)\s+(?:è\s+(?:stat[oa]\s+)?)?"
        r"(?:apparso|pubblicato|uscito)\s+(?:originariamente\s+|inizialmente\s+|in\s+origine\s+|"
        r"per\s+la\s+prima\s+volta\s+)?(?P<prep>su|sul|sulla|sullo|in|nel|nella|da|dal|dalla)\s+"
    ),
    _p(
        r"\b(?:apparso|pubblicato|uscito)\s+(?:originariamente|inizialmente|in\s+origine|"
        r"per\s+la\s+prima\s+volta)\s+(?P<prep>su|sul|sulla|sullo|in|nel|nella)\s+",
        check_context=True,
    ),
    _p(
        r"\b(?:originariamente|inizialmente)\s+(?:apparso|pubblicato)\s+"
        r"(?P<prep>su|sul|sulla|in|nel|nella)\s+",
        check_context=True,
    ),
    _p(r"\bper\s+gentile\s+concessione\s+(?:di|del|della|dello|dell['’])\s*", check_context=True),
    # Russian
    _p(
        r"(?:впервые|первоначально|изначально)\s+(?:был[ао]?\s+)?(?:опубликован[оа]?|вышл[ао]|"
        r"появил(?:ся|ась|ось))\s+(?P<prep>в|во|на)\s+",
        check_context=True,
    ),
    _p(
        r"(?:опубликован[оа]?|вышл[ао])\s+(?:впервые|первоначально|изначально)\s+"
        r"(?P<prep>в|во|на)\s+",
        check_context=True,
    ),
    _p(
        r"(?:перепечатан[оа]?|публикуется|перепечатывается|печатается)\s+с\s+(?:любезного\s+)?"
        r"(?:разрешения|согласия)\s+",
        needs_name=False,
        check_context=True,
    ),
    _p(
        r"оригинал(?:\s+(?:статьи|материала|публикации))?\s+(?:опубликован|размещ[её]н|находится|"
        r"доступен)\s+(?:в|на)\s+"
    ),
)

# CMS footers ("The post X appeared first on Y"): a reprint only when Y is another site.
CMS_FOOTERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"\bThe\s+(?:post|article|entry)\s+(?P<title>.{1,300}?)\s+(?:appeared\s+first|first\s+appeared"
        r"|was\s+first\s+published|appeared\s+originally)\s+(?:on|in|at)\s+",
        r"\b(?:La\s+entrada|El\s+post|La\s+publicación|El\s+artículo)\s+(?P<title>.{1,300}?)\s+"
        r"(?:se\s+publicó\s+primero|apareció\s+primero|aparece\s+primero|fue\s+publicad[oa]\s+primero)"
        r"\s+en\s+",
        r"\b(?:Der\s+Beitrag|Der\s+Artikel|Der\s+Post)\s+(?P<title>.{1,300}?)\s+"
        r"(?:erschien\s+zuerst|ist\s+zuerst\s+erschienen)\s+(?:auf|in|im|bei)\s+",
        r"\b(?:L['’]article|Cet\s+article|Le\s+post|L['’]entrée|Le\s+billet)\s+(?P<title>.{1,300}?)\s+"
        r"(?:est\s+apparu\s+en\s+premier|a\s+été\s+publié\s+en\s+premier|est\s+paru\s+en\s+premier)"
        r"\s+(?:sur|dans)\s+",
        r"\bL['’]articolo\s+(?P<title>.{1,300}?)\s+(?:proviene\s+da|sembra\s+essere\s+il\s+primo\s+su"
        r"|è\s+apparso\s+per\s+primo\s+su)\s+",
        r"\bO\s+(?:post|artigo)\s+(?P<title>.{1,300}?)\s+(?:apareceu\s+primeiro|foi\s+publicado\s+"
        r"primeiro)\s+(?:em|no|na)\s+",
        r"(?:Запись|Сообщение|Пост|Статья)\s+(?P<title>.{1,300}?)\s+(?:впервые\s+появил(?:ась|ся|ось"
        r"|ись)|появил(?:ась|ся|ось|ись)\s+сначала|появилась\s+впервые)\s+(?:на|в)\s+",
        # WordPress's Polish and Dutch ("Artykuł X pochodzi z serwisu Y.").
        r"\b(?:Artykuł|Wpis|Post)\s+(?P<title>.{1,300}?)\s+pochodzi\s+z\s+(?:serwisu|witryny|bloga)\s+",
        r"\bHet\s+(?:bericht|artikel)\s+(?P<title>.{1,300}?)\s+(?:verscheen\s+eerst|is\s+eerst"
        r"\s+verschenen)\s+(?:op|in|bij)\s+",
    )
)

# "Source: X" labels on a line of their own.
SOURCE_LABEL = re.compile(
    r"^\s*[(\[]?\s*(?:Source|Sources|Fonte|Fontes|Fuente|Fuentes|Quelle|Quellen|Источник|Джерело"
    r"|Źródło|Bron)\s*:\s*",
    _I,
)

# Parenthesised dateline credit: "TOKYO, 20 AUGUST 2026 (PACNEWS) —", "(Reuters) -", "(EFE).-".
DATELINE_PAREN = re.compile(r"\((?P<credit>[^()\n:;]{2,48})\)\s*(?P<dash>[—–―-]{1,3}|\.\s?-{1,2})?")
# Press-release wires: "NEW YORK, Jan. 5, 2025 /PRNewswire/ --".
DATELINE_SLASH = re.compile(
    r"/(?P<credit>[^\W\d_][\w .-]{2,30}?)(?:-[A-Z]{2,})?/\s*(?P<dash>--|[—–]|\.)"
)
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"  # capitals, for city names in datelines
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (
    r"(?:\d{1,2}\s+(?:de\s+)?[^\W\d_]{3,}\.?(?:\s+(?:de\s+)?\d{4}\w?)?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)"
)
# What may precede the credit: [byline or author] CITY[, REGION][, date].
DATELINE_PRE = re.compile(
    r"^\s*(?P<lead>.{0,70}?)\s*"
    r"(?:[" + _UP + r"][" + _UP + r".'’-]{2,}(?:[ /-]+[" + _UP + r"][" + _UP + r".'’-]*)*"
    r"|[" + _UP + r"][\w'’-]+(?:\s[" + _UP + r"][\w'’-]+){0,2}(?=,\s*" + _DATE + r"))"
    r"(?:,\s*[" + _UP + r"][\w.'’ -]{1,30}?)??"
    r"(?:\s*,?\s*(?P<date>" + _DATE + r"))?"
    r"\s*,?\s*$"
)
_WIRE_ALT = "|".join(re.escape(n) for n in wire_names())
DATELINE_DASH_AGENCY = re.compile(r"\s[—–-]\s*(?P<credit>" + _WIRE_ALT + r")\.\s")
# What may stand before the dateline's last city: a byline, or more places ("MOSUL, Iraq/").
DATELINE_LEAD = re.compile(r"^(?:By:?\s.*|(?:[" + _UP + r"][\w.'’-]*[\s,/]*){1,6})?$")
DATELINE_CITY_START = re.compile(r"^\s*(?:[A-Z][\w.'’-]+[ ,]*){1,4}$")
BYLINE_START = re.compile(r"^\s*By:?\s+[^.!?\n]{2,80}$")
NOT_A_CREDIT = re.compile(
    r"\b(?:photos?|video|file|update[ds]?|opinion|analysis|editorial|exclusive|live|watch|listen"
    r"|audio|sponsored|advertisement|paid|commentary|explainer|satire|graphic|warning|pictured"
    r"|via|est|pst|gmt|utc)\b|^(?:left|right|center|centre|above|below|top|bottom|inset)$",
    _I,
)

_WIRES = "|".join(re.escape(n) for n in wire_names())
WIRE_BYLINE = re.compile(
    r"(?:^|\n)\s*(?:(?:Article|Story|Report|Text|Words)\s+)?(?:By|Von|Por|Par|Di|Da):?\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[,|–—-]|\band\b|\bund\b|\by\b)"
    r"|[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s)\s*(?:The\s+)?"
    r"(?P<agency>" + _WIRES + r")\b(?!\s+(?:reporter|correspondent|columnist|contributor))"
)
WIRE_TAIL = re.compile(r"(?:^|\s[-–—]+\s*|\s\()(?:The\s+)?(?P<agency>" + _WIRES + r")\)?\s*\.?\s*$")
WIRE_SIGNOFF = re.compile(
    r"(?:^|\()(?:Additional\s+)?(?:Reporting|Writing)\s+by\s+[^)\n]{3,300}?[Ee]diting\s+by\s+"
    r"[^)\n]+\)?",
    re.M,
)

_SYNDS = "|".join(re.escape(s) for s in sorted(SYNDICATORS, key=len, reverse=True))
SYND_CREDIT = re.compile(r"\((?P<who>[^()/\n]{2,60})/\s*(?P<synd>" + _SYNDS + r")\)")
DISTRIBUTED_BY = re.compile(
    r"\b(?:Distributed|Syndicated)\s+by\s+(?P<synd>[^.\n]{2,60}?)"
    r"(?:,?\s*(?:LLC|Inc)\.?)?(?:\.|$)",
    re.M,
)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*©?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*,?\s*"
    r"(?P<holder>[^.\n©]{2,60}?)\s*(?:,?\s*(?:Inc|LLC|L\.P|Ltd|Corp)\.?)?\s*"
    r"(?:[.,]\s*All\s+rights\s+reserved|\.|$)",
    _I,
)
# The holder in "©2025 Bloomberg L.P." or "2022 CQ-Roll Call, Inc., All Rights Reserved".
YEAR_HOLDER = re.compile(
    r"(?:(?:©|\(c\)|\bcopyright\b)\s*©?\s*(?:(?:19|20)\d{2}\s*)?|\b(?:19|20)\d{2}\s+)"
    r"(?P<holder>[A-Z][^.©\n,]{1,60}?)"
    r"(?=\s*(?:,|\.|\s(?:Inc|LLC|L\.P|Ltd|Corp)\b|\s*All\s+rights|$))"
)

# Telltales of one outlet's page template, copied along with the text.
FINGERPRINTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # The Conversation's republishing widget leaves image file names and its CDN behind.
    (
        "The Conversation",
        re.compile(
            r"\bFile\s+\d{8}\s+\d+\s+\w+\.(?:jpe?g|png|gif)\?ixlib=rb|images\.theconversation\.com"
            r"|theconversation\.com/republishing-guidelines"
        ),
    ),
    # ABC News (Australia) opens with a role byline and an "In short:" box.
    ("ABC News (Australia)", re.compile(r"^\s*By\s+[^.!?\n]{3,90}?\s+In short:")),
)

# Link-blog teaser that ends with the author's or outlet's name: "from Charles Recknagel".
TEASER_FROM = re.compile(r"^\s*from\s+(?P<who>(?:[A-Z][\w.'’-]*\s*){1,5})$")

# Subjects that make "originally published"/"reprinted with permission" a credit for
# something other than the article itself.
OTHER_SUBJECT = re.compile(
    r"\b(?:figures?|fig|photos?|photographs?|images?|pictures?|charts?|graphs?|graphics?|tables?"
    r"|maps?|illustrations?|diagrams?|poems?|songs?|lyrics|scripts?|programs?|programmes?|code"
    r"|snippets?|novels?|books?|chapters?|study|studies|papers?|research|findings|survey|letters?"
    r"|quotes?|quotations?|tweets?|videos?|films?|movies?|episodes?|shows?|series|albums?"
    r"|recipes?|games?|datasets?|data|software|roman|романы?|книга|книги|повесть|рассказ"
    r"|стихотворение|стихи|исследование|фильм|песня|рисунок|фото|фотография|график|таблица"
    r"|novela|libro|estudio|foto|fotografía|imagen|gráfico|tabla|poema|canción|película|livre"
    r"|étude|graphique|tableau|poème|chanson|romanzo|studio|immagine|grafico|tabella|poesia"
    r"|canzone|Buch|Studie|Bild|Grafik|Tabelle|Gedicht|Lied|livro|estudo|imagem|tabela|filme)\b",
    _I,
)
ARTICLE_SUBJECT = re.compile(
    r"\b(?:this|it|essay|article|story|post|piece|column|op-ed|commentary|report"
    r"|text|version|interview|review|blog|newsletter|feature|editorial|artículo|texto|texte"
    r"|articolo|testo|Artikel|Text|Beitrag|статья|материал|текст|публикация|artigo|matéria"
    r"|columna|coluna|rubrica|chronique|Kolumne|nota|crónica|crônica|entrevista|intervista"
    r"|entretien|ensayo|ensaio|saggio|essai|reportaje|reportagem|Reportage|tribune|billet"
    r"|колонка|интервью|эссе)\b",
    _I,
)
REPRINT_CUE = re.compile(
    r"reprint|republish|reproduc|with\s+(?:the\s+)?(?:\w+['’]s?\s+)?permission|original\s+article"
    r"|read\s+the\s+original|con\s+permiso|autorisation|Genehmigung|разрешени|concessione",
    _I,
)
# "a few of our favourite projects previously published in ..." credits the site's own work.
OWN_WORK = re.compile(
    r"\b(?:our|we|we['’]ve|we['’]re|us|nuestr[oa]s?|notre|nos|unser\w*|nostr[oa]|наш\w*)\b", _I
)
# Words that may stand before "originally published" in a bare note ("Editor's note: First ...").
FILLER = re.compile(
    r"\b(?:editor['’]?s?|note|nota|was|were|has|had|have|been|and|but|also|here|originally|first"
    r"|initially|previously|update[ds]?|it|es|esso|essa|она|оно"
    r"|была|был|было)\b",
    _I,
)
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")

"""The notice grammar of European languages: a verb of publication, an adverb of firstness,
adjuncts of date or language, then the preposition that introduces the outlet.

"Dieser Artikel erschien zuerst am 05.06.2026 auf Medium", "erschien zuerst auf Deutsch im
Techniktagebuch", "publicada el 17 de junio de 2015 en El Mercurio", "впервые опубликована
10 мая на сайте X": fixed phrases miss these, a grammar does not. Each language gives its word
classes (verbs in every inflection used, adverbs, prepositions, subject nouns); two forms are
built from them:
- adverbial: adverb + verb or verb + adverb, then adjuncts, then the preposition (the adverb
  "first/originally" is what makes it a notice; the subject is checked by the caller);
- subject-led: a sentence or paragraph opening with a (demonstrative +) text noun, whose verb of
  publication follows ("Columna ... publicada el ... en X", "Dieser Text ist ... in X
  erschienen"); a definite article ("El artículo publicado en Nature muestra") is a reference
  to another text, not a notice, so it does not open one.
Translation credits and "Original:" labels are the third family here.
"""

from __future__ import annotations

import re

from bot.attribution.patterns import Phrase

_I = re.I | re.U

_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli"
    r"|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"[a-zé]*\.?"
)
_DATE = (
    r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:de\s+)?"
    + _MONTHS
    + r"(?:\s+(?:de\s+)?\d{4})?|"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?"
    r"|(?:" + _MONTHS + r"\s+(?:de\s+)?)?\d{4})"
)
_LANGUAGES = (
    r"(?:Deutsch|Englisch|Französisch|Spanisch|Italienisch|Russisch|English|German|French"
    r"|Spanish|Italian|Russian|Portuguese|inglés|español|francés|alemán|italiano|portugués"
    r"|inglês|português|espanhol|francês|alemão|inglese|francese|tedesco|spagnolo|anglais"
    r"|français|allemand|espagnol|italien|английском|русском|немецком|французском|Chinese|Japanese"
    r"|Korean|Arabic|Dutch|Polish|Ukrainian|Chinesisch|Japanisch|chino|japonés|chinês|japonês"
    r"|chinois|japonais|cinese|giapponese|китайском|японском|украинском|Mandarin|Cantonese"
    r"|Hindi|Urdu|Bengali|Turkish|Persian|Farsi|Hebrew|Greek|Latin|Swedish|Norwegian|Danish"
    r"|Finnish|Czech|Hungarian|Romanian|Catalan|Vietnamese|Thai|Indonesian|Yiddish)"
)
# "am 05.06.2026", "on May 3, 2024", "el 17 de junio de 2015", "auf Deutsch", "in English".
_ADJUNCT = (
    r"(?:,?\s*(?:(?:am|on|el|le|il|em|no|на|в|in|en|im|the)\s+)?" + _DATE + r",?"
    r"|\s*(?:auf|in|en|em|на)\s+" + _LANGUAGES + r"(?:\s+языке)?)"
)


def _alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


def _language(
    *, verbs: str, adverbs: str, preps: str, nouns: str, demonstratives: str, aux: str = ""
) -> tuple[Phrase, ...]:
    verb, adv, prep = _alt(verbs), _alt(adverbs), _alt(preps)
    tail = r"(?:" + _ADJUNCT + r"\s*){0,2}\s+(?P<prep>" + prep + r")\s+"
    aux_part = r"(?:" + _alt(aux) + r"\s+)?" if aux else ""
    adverbial = re.compile(
        r"\b(?:" + adv + r"\s+" + aux_part + verb + r"|" + verb + r"\s+" + adv + r")\b" + tail, _I
    )
    subject = re.compile(
        r"(?:^|(?<=[.!?]\s))(?:"
        + _alt(demonstratives)
        + r"\s+)?"
        + _alt(nouns)
        + r"\b[^.!?\n]{0,120}?\b"
        + aux_part
        + r"(?:"
        + adv
        + r"\s+)?"
        + verb
        + r"\b"
        + tail,
        _I,
    )
    cues = tuple(v.casefold() for v in verbs.split())
    return (
        Phrase(adverbial, check_context=True, rule="grammar", cues=cues),
        Phrase(subject, rule="grammar", cues=cues),
    )


# German verb-final order: "ist zuerst [am ...] in X erschienen".
_DE_FINAL = re.compile(
    r"\b(?:ist|wurde|war)\s+(?:" + _ADJUNCT + r"\s*){0,2}\s*(?:zuerst|ursprünglich|erstmals"
    r"|zunächst)\s*(?:"
    + _ADJUNCT
    + r"\s*){0,2}\s*(?P<prep>in|im|auf|bei|beim)\s+(?=(?:[^.!?\n]|\.(?=\w)){2,80}?\b(?:erschienen"
    r"|veröffentlicht|publiziert)\b)",
    _I,
)

# Russian "Это [...] статья на РИА «Новости»": a copula naming where the text is from.
RU_COPULA = Phrase(
    re.compile(
        r"(?:^|(?<=[.!?]\s))Это\s+(?:[\w-]+\s+){0,2}?(?:статья|материал|публикация|перевод"
        r"(?:\s+статьи)?|колонка|интервью)\s+(?P<prep>на|с\s+сайта|из|в|от)\s+",
        _I,
    ),
    rule="grammar",
    cues=("это",),
)

# Labels and verbs that name the first venue outright: "Erstveröffentlichung: X",
# "Publicación original en X", "Перепечатано с сайта X".
FIRST_VENUE = Phrase(
    re.compile(
        r"(?:^|(?<=[\s(*_]))(?:Erstveröffentlichung|Erstmals\s+veröffentlicht|Publicaci[óo]n\s+"
        r"original|Publica[çc][ãa]o\s+original|Pubblicazione\s+originale|Publication\s+originale"
        r"|Первая\s+публикация|Перепечатан[оа]?|Перепечатка)\s*(?::\s*|\s+(?:in|im|auf|bei|en|em"
        r"|no|na|su|sul|sulla|dans|sur|в|на|с\s+сайта|с|из)\s+)",
        _I,
    ),
    rule="grammar",
    cues=("erst", "original", "публикация", "перепечат"),
)

GRAMMAR: tuple[Phrase, ...] = (
    RU_COPULA,
    FIRST_VENUE,
    Phrase(_DE_FINAL, rule="grammar", cues=("zuerst", "ursprünglich", "erstmals", "zunächst")),
    *_language(
        verbs="published appeared ran posted printed aired",
        adverbs="originally first initially previously",
        preps="in on at by",
        nouns="article story essay column piece post op-ed interview text",
        demonstratives="this",
        aux="was is were has been",
    ),
    *_language(
        verbs="erschien erschienen veröffentlicht publiziert gedruckt",
        adverbs="zuerst ursprünglich erstmals zunächst",
        preps="auf in im bei beim",
        nouns="Artikel Text Beitrag Essay Interview Kommentar Gastbeitrag Kolumne",
        demonstratives="dieser diese dieses",
        aux="ist wurde war",
    ),
    *_language(
        verbs="publicado publicada publicados publicadas aparecido aparecida apareció publicó",
        adverbs="originalmente inicialmente originariamente primero",
        preps="en por",
        nouns="artículo columna texto nota entrevista crónica ensayo tribuna",
        demonstratives="este esta",
        aux="fue ha sido se",
    ),
    *_language(
        verbs="publicado publicada publicados publicadas",
        adverbs="originalmente inicialmente originariamente primeiramente",
        preps="em no na por pelo pela",
        nouns="artigo coluna texto entrevista crônica ensaio matéria",
        demonstratives="este esta",
        aux="foi",
    ),
    *_language(
        verbs="pubblicato pubblicata apparso apparsa uscito uscita",
        adverbs="originariamente inizialmente originalmente",
        preps="su sul sulla sullo in nel nella da",
        nouns="articolo testo intervista editoriale commento rubrica",
        demonstratives="questo questa",
        aux="è stato stata",
    ),
    *_language(
        verbs="publié publiée paru parue",
        adverbs="initialement originellement originalement",
        preps="sur dans par",
        nouns="article texte tribune chronique entretien billet",
        demonstratives="cet ce cette",
        aux="a été est",
    ),
    *_language(
        verbs="опубликован опубликована опубликовано вышла вышел вышло появилась появился",
        adverbs="впервые первоначально изначально",
        preps="в во на",
        nouns="статья материал текст публикация колонка интервью",
        demonstratives="эта этот данная данный",
        aux="была был было",
    ),
)

# Translation credits: "Translated from X", "Traducido de X", "Перевод статьи с сайта X".
TRANSLATIONS: tuple[Phrase, ...] = tuple(
    Phrase(
        re.compile(p, _I),
        rule="translation",
        cues=("translat", "traduc", "tradu", "tradott", "übersetz", "перевод"),
    )
    for p in (
        # A participle ("translated from"), or the noun with its object ("translation of the
        # article from"): a bare "tradução do CdC" is about translating something else.
        r"\b(?:translated\s+|translation\s+of\s+(?:an?|the)\s+(?:article|post|story|essay)\s+)"
        r"(?:from\s+(?:the\s+|an?\s+)?" + _LANGUAGES + r"\s+(?:original|version|article|post)?\s*,?"
        r"\s*)?"
        # "Translated by" names the translator, a person: only "published by" names an outlet.
        r"(?:(?:originally\s+)?(?:published|appeared)\s+|(?!by\s))"
        r"(?P<prep>from|in|on|by)\s+",
        r"\b(?:traducid[oa]\s+|traducción\s+)(?:del?\s+(?:artículo|texto)\s+)?"
        r"(?:(?:original(?:mente)?\s+)?publicad[oa]\s+|(?!por\s))"
        r"(?P<prep>de|del|en|por)\s+",
        r"\b(?:traduzid[oa]\s+(?:do\s+(?:artigo|texto)\s+)?|tradução\s+do\s+(?:artigo|texto)\s+)"
        r"(?:publicado\s+)?(?P<prep>de|do|da|no|na|em)\s+",
        r"\b(?:traduite?\s+|traduction\s+)(?:de\s+l['’]article\s+)?(?:(?:paru|publié)\s+)?"
        r"(?P<prep>de|du|des|dans|sur)\s+",
        r"\b(?:tradott[oa]\s+|traduzione\s+dell['’]articolo\s+)(?P<prep>da|dal|dalla|di)\s+",
        r"\b(?:übersetzt\s+|Übersetzung\s+des\s+Artikels\s+)(?P<prep>aus|von|vom)\s+",
        r"\bперевод\s+(?:статьи|материала|текста)\s+(?P<prep>с\s+сайта|из|с)\s+",
    )
)

# "(Translated from) Chinese to English", "del chino al español": a language pair is no outlet.
LANGUAGE_NAME = re.compile(
    r"(?:the\s+)?" + _LANGUAGES + r"(?:\s+original)?"
    r"(?:\s+(?:to|into|al|a|en|para|in)\s+(?:the\s+|el\s+|l['’]|o\s+)?" + _LANGUAGES + r")?",
    _I,
)

# "Original: <link>" and its translations, on a line of their own.
ORIGINAL_LABEL = re.compile(
    r"(?:^|\n)\s*(?:Original(?:\s+(?:article|post|Artikel|version))?|Originalartikel"
    r"|Art[íi]culo\s+original|Article\s+original|Articolo\s+originale|Artigo\s+original"
    r"|Оригинал(?:\s+статьи)?)\s*:\s*(?=\S)",
    _I,
)


def nominative(name: str, article: str) -> str:
    """German weak adjectives after a dative article back in the nominative: "(in) der
    Süddeutschen Zeitung" -> "Süddeutsche Zeitung", "(in der) Neuen Zürcher Zeitung"."""
    if article.lower() not in ("der", "dem"):
        return name
    words = name.split()
    fixed = [
        w[:-1] if i < len(words) - 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+en", w) else w
        for i, w in enumerate(words)
    ]
    return " ".join(fixed)

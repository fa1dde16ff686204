"""An entry's categories as topics a reader can follow: internal labels out, lists split,
the most informative first."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.parsing.artefact_tags import is_artefact
from bot.parsing.catch_alls import is_catch_all
from bot.parsing.category_paths import path_parts
from bot.parsing.post_kinds import is_filing_kind, is_post_kind
from bot.parsing.repair import repaired
from bot.parsing.tag_mentions import mention_rank
from bot.parsing.topic_words import is_function_word, topic_key

# Families of labels that name no topic (checked over the corpus's news feeds, many languages):
# "no category", access and placement flags a CMS sets, not words an editor chose.
_NO_TOPIC = re.compile(
    r"(?:un|non[- ]?)(?:categori[sz]ed|classified)|uncategori[sz]ed|unclassified|"
    r"non class[ée]e?s?|sin categor[ií]a|sem categoria|senza categoria|без рубрики|"
    r"bez kategorii|ohne kategorie|zonder categorie|most (?:popular|read|viewed|shared)|"
    # WordPress's default category as its translations name it ("כללי", Hebrew's "General").
    r"כללי|غير مصنف|未分[类類]|默[认認]分[类類]|미분류|geen categorie|algemeen|kategorisiz|genel|"
    r"okategoriserade?|"
    r"ukategori[sz]e(?:ret|rt)|ikke kategoriseret|luokittelematon|yleinen|nezařazené|"
    r"nezaradené|без категорії|χωρίς κατηγορία|γενικά|necategorizat|chưa phân loại|"
    r"tak berkategori|kategorizálatlan|egyéb|"
    # "Featured" as a placement, also under the site's or magazine's name ("Gilbert Featured
    # Articles", chesterton.org): a promotion of the item, not its topic.
    r"hom(?:e)?page featured|(?:\w+ )?featured (?:posts?|stor(?:y|ies)|articles?|blogs?)|"
    r"allgemein|general|misc(?:ellaneous)?|other|default|none|null|n/?a|"
    r"(?:un)?paid(?: content)?|paywall(?:[ _-]?(?:free|on|off))?|free|premium|"
    r"(?:members?|subscribers?|abonnés?|abonnenten)(?:[ _-]?(?:only|content|exclusive))?|"
    # A paywall flag in French and German ("abonnement" on 3 of La Revue du Digital's 10).
    r"abonnement|réservé aux abonnés|exclusivité abonnés|abo[+-]?artikel|abo\+|"
    r"(?:[a-z]+ )?members[ _-]only|sponsored(?: content)?|advertorial|"
    r"featured?|top stor(?:y|ies)|(?:editor|reader|subscriber)'?s'? picks?|"
    r"breaking(?: news)?|latest(?: news)?|"
    r"home ?page|front ?page|main|headlines?|all news|news ?desk.*|rss|feed|"
    # Placement on the site's front page, in other languages.
    # "A la Une" is "À la une" written without its accent (4 feeds write it so).
    r"(?:primo piano|in evidenza|(?:[àa] )?la une|une|aufmacher|portada|destacad[oa]s?|manchete)"
    r"(?: \d+)?|"
    # A month's name alone ("december" beside "christmas", "Luglio"): when the item came out,
    # which its date says. "March", "May", "Mars", "Mai", "August" are also words and names.
    r"january|february|april|june|july|september|october|november|december|"
    r"janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
    r"giugno|luglio|settembre|ottobre|dicembre|"
    # Names of a CMS's own structures: "Audio Embed", "Show Types", "sponsorshipblock".
    r".*\b(?:embeds?|widgets?|templates?|layouts?)\b.*|.*blocks?|(?:post|share) (?:to|on) \w+|"
    r"(?:show|content|post|article|story) ?types?|"
    # A CMS's placeholder ("Another Category"), a publishing cadence ("Daily", "Weekly"), a
    # promotion flag, an issue tracker's states (Kagi's release notes are "Done") and a
    # changelog's entry types (Ghost's "New").
    r"(?:another|sample|test|new) categor(?:y|ie)|categor(?:y|ie|ia)(?: \d+)?|"
    r"daily|weekly|monthly|promo|done|closed|resolved|won'?t ?fix|in progress|"
    # A shop's affiliate programme or discount tier a review blog files its deal posts under
    # ("Clever Training VIP", DC Rainmaker): a promotion, not a topic.
    r".*\bvip(?: (?:program(?:me)?|club|access|members?|deals?|offers?))?|"
    r"affiliates?(?: (?:links?|program(?:me)?s?|disclosure))?|(?:coupon|discount|promo) codes?|"
    r"new|added|improved|changed|fixed|removed|deprecated|"
    # The site's own kinds of post (WordPress post formats, a microblog's "Snippets", "Blog")
    # and cross-posting flags ("Für Tumblr", "crosspost"): how it was filed, not what about.
    r"blogs?|posts?|articles?|entries|snippets?|asides?|links?|status(?:es)?|quotes?|"
    r"tumbles?|tumblelogs?|"
    # A show's format and its all-episodes bucket ("mp4 video podcast", "audio blog", "Alle
    # Folgen"): the kind of feed, on any episode.
    r"(?:(?:mp3|mp4|m4a|m4v|audio|video|enhanced|hd) )+(?:podcasts?|blogs?|casts?|feeds?)|"
    r"vidcasts?|vodcasts?|videocasts?|audio ?blogs?|"
    r"(?:all|alle|toutes les|tous les|todos los|tutti gli) (?:episodes?|folgen|épisodes|"
    r"episodios|episodi|shows?)|"
    r"(?:for|für|pour|para|per|to) (?:tumblr|twitter|x|facebook|instagram|mastodon|linkedin)|"
    r"cross-?post(?:ed)?|x-?post|"
    # Social-sharing flags (Usability Counts files 17 of its 20 posts under "Retweet").
    r"re-?tweets?|re-?blog(?:ged)?|re-?posts?|re-?toots?|"
    # Kinds of piece a magazine files under ("News Story", "Feature Story", Sky Sports; a
    # podcast's own "EP Original" against its reprints), and housekeeping of a selection or an
    # audience rating (Escape Pod: "2023 Award Voters Selection", "10 and Up").
    r"(?:(?:news|feature|cover|lead|main|long[- ]?form) )?stor(?:y|ies)|"
    r"features?|(?:[a-z]{2,4} )?(?:originals?|exclusives?)|"
    # A picture piece's kind (AudiWorld's "Slideshows"); a named gallery is a place.
    r"slide ?shows?|(?:photo |picture |image )?galler(?:y|ies)|"
    # Post kinds in other words and languages: a release "Announcement", a review column
    # ("chronique", Cultiz, whose headlines open "[Chronique]"), an episode filed as "podcast".
    r"announcements?|annonces?|ankündigung(?:en)?|anuncios?|chroniques?|podcasts?|"
    # A comment piece ("COMMENTARY" beside the site's "NEWS CORNER"), a radio site's "Shows":
    # how it is written or filed, not what about.
    r"commentar(?:y|ies)|op-?eds?|opinions?|"
    r"editorials?|kommentare?|meinung(?:en)?|tribunes?|opiniones?|opiniões|opinione|"
    r"мнени[ея]|колонк[аи]|رأي|آراء|shows?|"
    # An explainer (TIME's "Explainer" alone on a news piece): how it is written. Whole only:
    # "explainer video" is a marketing post's topic.
    r"explainers?|explained|erklärstücke?|décryptages?|explicadores?|"
    # A catch-all a blog files the rest under ("Einfach so ...", "just because").
    r"einfach so(?: ?(?:\.{3}|…))?|just because|sonstiges|vermischtes|varia|"
    r"random (?:stuff|thoughts)|"
    # The same catch-all in other languages ("Разное-личное", Arabic "منوعات"), and a
    # "Topics" bucket filing everything (Arageek's "موضوعات" on 9 of 20).
    r"divers|autres?|verschiedenes|diverses|varie|varios|vari[ao]s|diversos|miscel[áa]nea|"
    r"outros|otros|altro|altri|overig|diversen|różne|inne|různé|ostatní|diğer|çeşitli|"
    r"övrigt|diverse|διάφορα|שונות|разное(?:[ -]\w+)?|прочее|всякое|різне|інше|"
    r"منوعات|متفرقات|أخرى|عام|موضوعات|مواضيع|متفرقه|عمومی|其他|其它|杂项|雜項|杂谈|雜談|"
    r"雑記|その他|기타|잡담|lain-lain|linh tinh|topics|"
    # A "Topic" bucket by its name in other languages (CityDog's "Тема" beside "Люди"): a
    # feature label, where the topic would be named. Not the plurals: "temas", "thèmes" are
    # a blog's themes (a Jekyll theme post, a browser's themes).
    r"topic|тема|thema|téma|temat|"
    # A theme's placement slots ("header" on 8 of Arageek's 20: its top slider).
    r"header|(?:home |main |top |featured )?slider|carousel|sticky|"
    r"editor'?s'? choice|staff picks?|اختيار المحرر|выбор редакции|"
    r"(?:\d{4} )?(?:awards? )?voters'? (?:selections?|choices?|picks?)|"
    r"(?:ages? )?\d{1,2} ?(?:and|&) ?(?:up|over|older)",
    re.IGNORECASE,
)
# Machine ids: words joined by "_" or ":" (homepage_regional_europe, db_story_d2), slugs with
# digits or of three parts or more (fall-2026, db-story-a), bare numbers.
_MACHINE_ID = re.compile(
    r"[a-z0-9]+(?:[_:][a-z0-9]+)+|"
    r"(?=[a-z-]*\d)[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]+(?:-[a-z0-9]+){2,}|[\d\W_]+|"
    # camelCase identifiers (worldNews), not brand names (iPhone, eBay).
    r"[a-z]{2,}[A-Z][A-Za-z]*"
)
# A library index term: "Surname, Given I (year)" (NYT: "Trump, Donald J", "Liu, Alysa (2005)").
_PERSON_INDEX = re.compile(
    r"(?P<surname>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?), "
    r"(?P<given>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*?)"
    r"(?P<initial> [A-Z]\.?)?(?: (?P<suffix>Jr|Sr|II|III)\.?)?"
    r"(?: \((?P<year>\d{4})(?:-\s*(?:\d{4})?\s*)?\))?"
)
# A tumblelog (Mephisto, Typo) files each item as "tumble" plus its kind: "url" is a link
# post there, while elsewhere a post about URL helpers is tagged "url".
_TUMBLE = frozenset({"tumble", "tumblelog"})
_TUMBLE_KINDS = frozenset({"url", "photo", "video", "audio", "chat", "conversation"})
# "A, B and C" written as prose is one category (AllAfrica: "Arts, Culture and Entertainment").
_PROSE_LIST = re.compile(r"[^,]+(?:, [^,]+)* (?:and|&|y|et|und|e) [^,]+", re.IGNORECASE)
# A saying in sentence case is one name ("Been there, done that", a show's segment).
_SAYING = re.compile(r"(?P<first>\w)[^,]* [^,]+, (?P<second>\w)[^,]* [^,]+")
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
_TAG = re.compile(r"<[^<>]*>")
_SPACES = re.compile(r"\s+")


def _plain(term: str) -> str:
    # Entities decoded once and tags dropped: "Culture &amp; Life" is "Culture & Life", and
    # '<a href="x">tag</a>' is "tag".
    if "&" in term:
        term = html.unescape(term)
    if "<" in term:
        term = _TAG.sub(" ", term)
    return _SPACES.sub(" ", repaired(term)).strip(" \t\n,;|/")


def _is_saying(term: str) -> bool:
    found = _SAYING.fullmatch(term)
    return bool(found and found["first"].isupper() and found["second"].islower())


def _parts(term: str, comma_lists: bool) -> list[str]:
    """One category, or the several a comma list holds; index terms in reading order."""
    if "," not in term and ";" not in term:
        return path_parts(term)
    if ";" not in term and (_PROSE_LIST.fullmatch(term) or _is_saying(term)):
        return [term]
    person = _PERSON_INDEX.fullmatch(term)
    # "Khamenei, Ali" is a person where the feed does not write lists ("Politics, Uruguay"
    # is a list in one that does); an initial or a year makes it a person anywhere.
    # A given name is capitalised: "Been there, done that" is a phrase (Greater Good Radio).
    if (
        person
        and person["given"][:1].isupper()
        and (person["initial"] or person["year"] or not comma_lists)
    ):
        return [f"{person['given']} {person['surname']}"]
    return [p.strip() for p in re.split(r"[,;]", term) if p.strip()]


# One Latin, Greek or Cyrillic letter is an index or size label ("L", "S"), not a topic, except
# the few one-letter names a tag means (the C and R languages, X the network). One CJK
# character is a word, so only alphabets' letters are left out.
_ONE_LETTER_NAMES = frozenset("crx")


def _is_lone_letter(term: str) -> bool:
    # One letter said over ("lll", "llll": a post's shell aliases; "xxx") is no word either.
    if len(term) > 1 and term.isalpha() and len(set(term.casefold())) == 1:
        return term < "\u0530"
    return len(term) == 1 and term < "\u0530" and term.casefold() not in _ONE_LETTER_NAMES


def is_topic(term: str) -> bool:
    """False for labels that name no topic: empty, numbers, ids, CMS flags, lone letters."""
    if not any(c.isalpha() for c in term) or len(term) > 80 or _is_lone_letter(term):
        return False
    if is_function_word(term) or is_catch_all(term) or is_artefact(term):
        return False
    return not (
        _NO_TOPIC.fullmatch(term) or _MACHINE_ID.fullmatch(term) or _is_keyword_phrase(term)
    )


def writes_comma_lists(entries_tags: Iterable[Iterable[Mapping[str, Any]]]) -> bool:
    """True when a feed puts lists in one category: some category has three or more comma
    parts and does not read as prose ("Politics, International, Uruguay")."""
    for tags in entries_tags:
        for tag in tags:
            term = tag.get("term")
            if isinstance(term, str) and term.count(",") >= 2:
                if not _PROSE_LIST.fullmatch(_plain(term)):
                    return True
    return False


def entry_categories(
    tags: Iterable[Mapping[str, Any]], *, comma_lists: bool = True
) -> tuple[str, ...]:
    """The topics of feedparser's `tags` (their `term`s), in the feed's order, each once;
    `comma_lists` says whether the feed writes lists in one category."""
    topics: list[str] = []
    seen: set[str] = set()
    tags = list(tags)
    tumble = any(_plain(str(t.get("term", ""))).casefold() in _TUMBLE for t in tags)
    for tag in tags:
        term = _shown_term(tag)
        if term is None:
            continue
        for part in _parts(_plain(term), comma_lists):
            part = _QUALIFIER.sub("", part) or part
            if tumble and part.casefold() in _TUMBLE_KINDS:
                continue
            # A singular beside its plural is one topic told twice.
            if is_topic(part) and topic_key(part) not in seen:
                seen.add(topic_key(part))
                topics.append(part)
    return tuple(topics)


# A label fit to show: words, no trailing colon or path ("N97:", "/r/funny" stay terms).
_SHOWN_LABEL = re.compile(r"\w(?:[\w .&+'-]*\w)?")


def _shown_term(tag: Mapping[str, Any]) -> str | None:
    """The tag's name for readers: its label where the term is the scheme's code of it
    (YouTube's "Movies_Anime_animation" labelled "Anime", "ruby-on-rails" "Ruby on Rails")."""
    term, label = tag.get("term"), tag.get("label")
    if not isinstance(term, str):
        return None
    if not isinstance(label, str) or label == term or not _SHOWN_LABEL.fullmatch(label):
        return term
    if len(term.split()) != 1 or "://" in term:  # a name already ("Magnitude 3"), or a URI
        return term
    # A code spells the label's letters among its own; a label naming the kind of the term
    # (USGS's "Past Hour" labelled "Age") does not.
    letters = "".join(c for c in label.casefold() if c.isalnum())
    code = term.casefold().replace("-", "").replace("_", "")
    return label if letters and letters in code else term


def informative_first(entries_categories: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each entry's categories with the ones most of the feed's entries carry moved last: a
    label on nearly every item ("News" in a news feed) tells a reader the least."""
    if len(entries_categories) < 4:
        return [tuple(c for c in cats if not is_post_kind(c)) for cats in entries_categories]
    if labels := _feed_labels(entries_categories):
        kept = [tuple(c for c in cats if c.casefold() not in labels) for cats in entries_categories]
        return [tuple(c for c in cats if not is_post_kind(c)) for cats in kept]
    if labels := _universal_labels(entries_categories) or _keyworded_list(entries_categories):
        entries_categories = [
            tuple(c for c in cats if c.casefold() not in labels) for cats in entries_categories
        ]
    entries_categories = _without_lowercase_flags(entries_categories)
    counts = Counter(c.casefold() for cats in entries_categories for c in set(cats))
    common = {c for c, n in counts.items() if n > len(entries_categories) / 2}
    kinds = _filing_kinds(entries_categories, counts)
    return [
        tuple(
            sorted(
                (c for c in cats if c.casefold() not in kinds),
                # The one on every item after those on most ("Pets" after "Cats", "Dogs").
                key=lambda c: counts[c.casefold()] if c.casefold() in common else 0,
            )
        )
        for cats in entries_categories
    ]


def _filing_kinds(
    entries_categories: Sequence[tuple[str, ...]], counts: Counter[str]
) -> frozenset[str]:
    """The kinds of post (folded) that file the feed's posts rather than tell them apart."""
    kinds = {c for c in counts if is_filing_kind(c) or is_post_kind(c)}
    # Kinds on half the filed items or more, taken together ("brèves" on 5 and "fil d'actualité"
    # on 4 of 10), file the feed's posts; items under no topic do not count (Hydro74). News,
    # Video, Reviews (post_kinds) count here and go at any share: a topic elsewhere they never are.
    filed = [cats for cats in entries_categories if cats]
    kinded = sum(1 for cats in filed if any(c.casefold() in kinds for c in cats))
    return frozenset(kinds) if 2 * kinded >= len(filed) else frozenset(filter(is_post_kind, kinds))


def _feed_labels(entries_categories: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The categories (folded) the feed puts on nine in ten entries or more: its own labels."""
    # Not what each entry is about: a podcast's 23 SEO keywords on every episode, "world" on
    # a section feed, "homelab" on a subreddit's. Nine in ten are enough (Die Linke's podcast:
    # one list on 28 of 31 episodes, trimmed or reworded on the other three).
    lists = Counter(frozenset(c.casefold() for c in cats) for cats in entries_categories)
    common, count = lists.most_common(1)[0]
    return common if count >= 0.9 * len(entries_categories) else frozenset()


def _keyworded_list(entries_categories: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The list of three categories or more (folded) on three in four of the entries filed
    under any: the channel's keywords, whatever the entries filed under none."""
    # Items a show leaves unkeyworded (trailers, notices) do not make its list an item's
    # (Gepodkast's twelve keywords on all 17 of 25, "würzburg" among them). Over corpus and
    # pools such a list's share of the keyworded items is under 0.6 (a blog's tags, 497 feeds)
    # or 0.7 and over (a template, 20 feeds).
    lists = Counter(frozenset(c.casefold() for c in cats) for cats in entries_categories if cats)
    if sum(lists.values()) < 5:
        return frozenset()
    common, count = lists.most_common(1)[0]
    return common if len(common) >= 3 and count >= 0.75 * sum(lists.values()) else frozenset()


def _universal_labels(entries_categories: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The categories (folded) on nine in ten of a long feed's entries, whatever else each has."""
    # Back to Work: the channel's eight keywords on all 150 episodes, a ninth on some. Fewer
    # than ten items can share a topic by chance.
    # Shares of the items that carry any: those filed under none say nothing (see _feed_labels).
    labelled = [cats for cats in entries_categories if cats]
    if len(entries_categories) < 10 or len(labelled) < 5:
        return frozenset()
    counts = Counter(c for cats in labelled for c in {c.casefold() for c in cats})
    labels = frozenset(c for c, n in counts.items() if n >= 0.9 * len(labelled))
    # A set of three or more is the channel's keyword list; one or two shared topics ("Pets",
    # "World news", a Python blog's "Python") are the feed's subject, kept last.
    return labels if len(labels) >= 3 else frozenset()


def _without_lowercase_flags(
    entries_categories: Sequence[tuple[str, ...]],
) -> list[tuple[str, ...]]:
    # Where a feed capitalises its topics ("Social Media", "AI"), its one-word lowercase
    # labels are the CMS's flags (TIME: "overnight", "sponsorshipblock"), not topics.
    distinct = {c for cats in entries_categories for c in cats}
    cased = [c for c in distinct if c[:1].isupper() or c[:1].islower()]
    if len(cased) < 5 or sum(c[:1].isupper() for c in cased) < 0.8 * len(cased):
        return list(entries_categories)
    return [
        tuple(c for c in cats if not (c[:1].islower() and " " not in c))
        for cats in entries_categories
    ]


def _is_keyword_phrase(term: str) -> bool:
    # Four or more lower-case words are an SEO keyword string or a slug spelt out
    # ("serie a pescara fiorentina rinviata", "back-to-school germs from the ..."), not a topic.
    return term.islower() and len(re.split(r"[\s-]+", term)) >= 4


def headline_named_first(
    topics: tuple[str, ...], headline: str, limit: int = 3, text_html: str = ""
) -> tuple[str, ...]:
    """Topics the headline names first, then those the text names most, when the feed lists
    them alphabetically."""
    # None that is a headline of three words or more (a blog filing each post under its own
    # title, dc:subject = title); a one-word title's tag is a name ("Cloudera", "CocoaPods").
    if len((same := _spelled(headline)).split()) >= 3:
        topics = tuple(t for t in topics if _spelled(t) != same)
    elif len(same.split()) == 2 and any(_spelled(t) == same for t in topics):
        # An SEO plugin's tags of the headline and each of its words ("Keep Left": "#keep
        # #Keep_Left #Left", Fubiz): the words alone are fragments.
        topics = tuple(t for t in topics if _spelled(t) not in same.split())
    # WordPress and Blogger sort an entry's tags by name, so their order says nothing of which
    # matter, and a long list's first ones ("#attach #attachment #back", "#Alkohol #Augenblick"
    # of 47) are only its start: the ones the item talks about most go first.
    if len(topics) <= limit or not _alphabetical(topics):
        return topics
    return tuple(sorted(topics, key=mention_rank(headline, text_html)))


def _spelled(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _alphabetical(topics: tuple[str, ...]) -> bool:
    # The site's one or two categories, then its tags in order of name.
    keys = [t.casefold() for t in topics]
    return any(keys[start:] == sorted(keys[start:]) for start in range(3))

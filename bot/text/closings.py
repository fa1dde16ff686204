"""A lead's closing sentence that points at what the post does not carry: an announcement of
what follows ("Let me explain.", "Here are the key findings …"), a pointer down the page ("…
below is a snapshot of …", "… looks like this.") or at a code block ("…: this is the minimal …").
"""

from __future__ import annotations

import re

from bot.text.announcements import announces_count

# A sentence announcing what comes next ("Let me explain.", "Here's what I mean.", "let me just
# summarize the main insights of Polanyi's.", "The reason is as follows."): a summary that ends
# on one points at text it does not hold. English only, as the corpus shows it.
# A list's lead-in opening with "Here are/is" ("Here are the key findings and what they mean
# for …", "Here's a list with four items.") announces the list the post does not carry.
_ANNOUNCES_NEXT = re.compile(
    r"\b(?:let\s+me\s+(?:just\s+)?(?:explain|summari[sz]e|outline|list|show\s+you)\b"
    r"|here(?:'s|’s|\s+is|\s+are)\s+(?:what|how|why)\b|as\s+follows\W*$)"
    r"|^here(?:'s|’s|\s+is|\s+are)\s+(?:the|a|an|some|my|our|a\s+few|\d+|\w+\s+of\s+the)\s"
    # A call to start reading what follows ("Let's dive into the highlights of the week!",
    # "Let’s get into it.", "Without further ado, let's get started."): a roundup's intro.
    r"|^(?:so,?\s+|now,?\s+|and\s+|without\s+further\s+ado,?\s+)?let['’]s\s+(?:(?:dive|jump"
    r"|delve|get)\s+(?:right\s+)?in(?:to\b.*)?|get\s+started|(?:take|have)\s+a\s+(?:closer\s+"
    r"|quick\s+)?look\s+at\b.*)\W*$"
    # German news teasers: "Wir fassen (die Details nachfolgend für euch) zusammen."
    r"|^wir\s+fassen\s+(?:\w+\s+){0,5}zusammen\W*$"
    # A teaser's cliffhanger, the text it leads into left out: "Now here's where it gets
    # interesting.", "Now all must be wondering what the site offers.", "But that's not all."
    r"|\b(?:here|this|that)(?:'s|’s|\s+is)\s+where\s+(?:it|things)\s+get"
    r"|\b(?:must|may|might)\s+be\s+wondering\s+(?:what|how|why|where|who)\b"
    r"|^(?:but\s+|and\s+)?(?:here|there)(?:'s|’s|\s+is)\s+(?:the|a)\s+(?:catch|twist|kicker)\W*$"
    r"|^(?:but\s+|and\s+)?(?:that|this)(?:'s|’s|\s+is)\s+not\s+all\W*$"
    r"|^(?:mais\s+)?ce\s+n['’]est\s+pas\s+tout\W*$|^(?:doch\s+|aber\s+)?das\s+ist\s+(?:noch\s+)?nicht"
    r"\s+alles\W*$|^(?:pero\s+)?eso\s+no\s+es\s+todo\W*$"
    # A teaser's one-word question, answered by the text it leads into: "… "Don't use NLP.
    # Ever." Why?", "The result?", "Pourquoi ?", "Warum?", "¿Por qué?".
    r"|^(?:so\s+|but\s+|and\s+|mais\s+|aber\s+|pero\s+)?(?:why|how|the\s+(?:answer|result|reason"
    r"|upshot|verdict)|pourquoi|comment|warum|wieso|weshalb|wie\s+das|¿?por\s+qu[ée]|¿?c[óo]mo"
    r"|perch[ée]|come|waarom|hoe)\s*\?\W*$"
    # Chinese and Japanese: "我罗列一下我学过的…技术，大家先感受一下。", "下面是…", "结果如下。",
    # "以下の通りです。" ("以下" opening a sentence; inside one it is "under": "5岁以下").
    r"|^(?:下面|以下|接下来)(?:是|我|就|来|给大家)|(?:罗列|列举|列出|盘点)(?:一下|如下)"
    r"|如下\W*$|^以下の(?:通り|とおり)"
    # Points announced by their count ("在他们的基础上我再总结两点。", "I'll sum up two points"
    # in Chinese): the post stops before them. Not "一点", which is also "a little".
    r"|(?:总结|补充|概括|归纳|说|讲|谈|提|分享)(?:一下)?(?:以下)?[两二三四五六七八九十几\d]+"
    r"(?:点|条|个(?:方面|原因|建议|理由|问题|步骤))\W*$",
    re.I,
)
# A sentence pointing at what sits below it on the page, or at the page's video ("… they are
# listed below.", "the picture you see below.", "(Don't skip the video!)"): the post has neither.
_POINTS_ON_PAGE = re.compile(
    r"(?:\bbelow|\b(?:don['’]t\s+(?:skip|miss)|watch|see)\s+the\s+video)\W*$"
    # "… looks like this." before a picture.
    r"|\blooks?\s+(?:something\s+)?like\s+this\W*$"
    # "Einen neuen Trailer könnt ihr euch weiter unten ansehen."
    r"|\bunten\s+(?:\w+\s+){0,3}(?:ansehen|anschauen|sehen|finden|lesen)\W*$",
    re.I,
)


# A list's lead-in that sorts what follows ("The articles written here can be separated into
# several categories.") and a closing call to go and look at other posts ("Check out the
# Baum-Kuchen post as well as several posts in the … section for more inspiration."): the post
# holds neither the categories nor those posts, however long the sentence.
_SENDS_ELSEWHERE = re.compile(
    r"\b(?:be|are|is)\s+(?:separated|divided|split|grouped|sorted|broken\s+(?:down|up))\s+into\s+"
    r"(?:several|a\s+few|a\s+number\s+of|two|three|four|five|six|\d+)\s+"
    r"(?:categories|groups|parts|sections|kinds|types|classes|themes)\W*$"
    r"|^(?:(?:be\s+sure|make\s+sure|don['’]t\s+forget)\s+to\s+)?check\s+out\s+(?!https?:)",
    re.I,
)


# A closing sentence whose subject is what follows it in the entry ("The following FAQ will give a
# quick overview of …") or that ends on showing it ("Par exemple comme ceci.", "… like so."):
# however long, it introduces the FAQ or the screenshots the post leaves out. "The following
# day …" is a time.
_INTRODUCES_NEXT = re.compile(
    r"^the\s+following\s+(?!(?:days?|weeks?|months?|years?|morning|afternoon|evening|night"
    r"|weekend|season|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b)[\w-]+(?:\s+[\w-]+)?\s+(?:will|would|is|are|shows?|gives?"
    r"|lists?|explains?|describes?|contains?|covers?|provides?|outlines?|summari[sz]es"
    r"|includes?|answers?)\b"
    r"|\b(?:comme\s+ceci|como\s+sigue|wie\s+folgt|come\s+segue|like\s+so)\W*$",
    re.I,
)


# A longer sentence, or one that goes on after a colon ("Here's how it works: For $4.99 a
# month, …", "- here's how I built a simple MCP server that allows …"), says something itself.
_MAX_ANNOUNCING_WORDS = 20


# "Below is a snapshot of …", "…; below is a snapshot of …", "Below you'll find …": what
# follows on the page. A clause after a semicolon or dash goes alone, the sentence's own
# statement before it stays ("Life has been productive; below is a snapshot of …").
_BELOW_CLAUSE = re.compile(
    r"(?:^|(?P<cut>\s*[;–—]\s*|,?\s+(?:and|so)\s+))below\s+"
    r"(?:is|are|you(?:['’]ll|\s+will|\s+can)?\s+(?:find|see))\b",
    re.I,
)


# A clause after a colon presenting what the page shows next ("The "Hello, World" has a 4 line
# example that does not actually work: this is the minimal react "Hello, World"." before a code
# block): the post has no such block; the statement before the colon stands.
_MIN_STATEMENT_WORDS = 5
_THIS_CLAUSE = re.compile(r"(?P<cut>:\s+)(?:this|these|here)(?:['’]s|\s+is|\s+are)\s[^:;]*$", re.I)


# "Here's the rub though, I'm not sure where to start.": the sentence goes on to say it.
_GOES_ON = re.compile(r",\s+(?:though,?\s+)?(?:I|I['’]m|we|it['’]s|it)\s", re.I)


# A news site's tag label written as the description's last line ("… Обстріли зазнали 8 громад
# області. Новини Сумської області."): "News of <place/topic>" in a few words, no sentence.
_NEWS_LABEL = re.compile(
    r"^(?:новини|новости|новина|news|nachrichten|noticias|notícias|notizie|actualités|nouvelles"
    r"|wiadomości|haberler|nieuws|nyheter|uutiset)(?:\s+[^\W\d_][\w'’-]*){1,3}\W*$",
    re.I,
)


def is_list_lead_in(line: str) -> bool:
    """True for a line announcing a list the post does not carry ("Here are the new CMake
    changes in Qt Creator 16", written before it with a colon)."""
    return bool(_ANNOUNCES_NEXT.search(line)) and len(line.split()) <= _MAX_ANNOUNCING_WORDS


# Inside a lead, only a bare announcement ("Here's an example.", "Here are my notes from that
# conversation.") leads into what follows; "Here's how he used serverless technologies to stop
# having to worry about servers." says what the text does.
_MAX_BARE_ANNOUNCEMENT_WORDS = 10


def _short(sentence: str, max_words: int = _MAX_ANNOUNCING_WORDS) -> bool:
    return (
        len(sentence.split()) <= max_words
        and not _GOES_ON.search(sentence)
        and not re.search(r":\s+\S", sentence)
    )


def announces_what_follows(sentence: str, *, bare: bool = False) -> bool:
    """True for a short sentence announcing the text after it ("Here's my ultimate ranking.");
    `bare`: one that says no more than that."""
    limit = _MAX_BARE_ANNOUNCEMENT_WORDS if bare else _MAX_ANNOUNCING_WORDS
    return bool(_ANNOUNCES_NEXT.search(sentence)) and _short(sentence, limit)


def without_announcement(summary: str, before_last: str, last: str) -> str:
    if before_last and _NEWS_LABEL.match(last):
        return before_last
    this = _THIS_CLAUSE.search(last)
    if this and len(last[: this.start()].split()) < _MIN_STATEMENT_WORDS:
        this = None  # "Rule of thumb: this is the one to buy." is one statement
    if below := _BELOW_CLAUSE.search(last) or this:
        kept = last[: below.start()].rstrip(" ,;:–—") + "." if below.group("cut") else ""
        return f"{before_last} {kept}".strip() or summary
    announces = announces_what_follows(last) or bool(_POINTS_ON_PAGE.search(last) and _short(last))
    # "Check out item #50: AMS-IX, our local –huge– internet exchange." says what it sends to.
    sends = bool(_SENDS_ELSEWHERE.search(last)) and not re.search(r":\s+\S", last)
    sends = sends or bool(_INTRODUCES_NEXT.search(last))
    # "Josh will present on two hot topics …" with the topics left out: a count of nothing.
    announces = announces or bool(sends) or announces_count(last)
    return before_last if before_last and announces else summary


# A bare question of a few words ("Les Golden Globes ?", "Why?") asks what the text after it
# answers: a lead that stops before that text closes on one mid-thought, and ends before it.
# A text's own closing question ("Et vous ?") ends with it; words set apart by spaces only (a
# CJK question is one run of characters).
_BARE_QUESTION = re.compile(r"\W*(?:[^\W\d_]+\W+){0,3}\w+\s?[?][\"'”’)]*")
_BARE_QUESTION_CHARS = 40
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def lead_end(
    summary: str, before: str, last: str, ends_trailing: bool, *, more: bool = True
) -> str | None:
    """The lead, never ending on a "..." it went on from, on an announcement of what follows
    or, when text follows, on a bare question."""
    short = len(last) <= _BARE_QUESTION_CHARS and not _CJK.search(last)
    bare = more and short and _BARE_QUESTION.fullmatch(last) is not None
    if ends_trailing or (before and bare):
        return before or None
    return without_announcement(summary, before, last) or None

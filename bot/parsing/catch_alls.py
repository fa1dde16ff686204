"""A blog's catch-alls: the diary, musings, picks and short-news columns an author files
posts under, which say how a post came about, not what it is about."""

from __future__ import annotations

import re

# Checked over the corpus and the pools: "personal" on 17 of a blog's 20 posts, "thoughts"
# beside "advertising" (Rubenerd), "musings" (8 of 25), "Thinking" beside "Business"
# (ribbonfarm), "随笔" on 14 of 20, "日记本", "dekigoto" ("happenings", a Japanese diary in
# romaji), "Offtopic", GigaOM's "Picks". A qualified one names a topic ("Personal Finance",
# "Design Thinking", "NFL Picks") and stays: only the whole label is a catch-all.
_CATCH_ALL = re.compile(
    r"(?:(?:random|stray|idle|passing|general|some|my|misc|assorted) )?"
    r"(?:thoughts?|musings?|ramblings?|rants?|reflections?|ponderings?)|"
    r"thinking|personal(?: stuff| notes?| posts?)?|random(?:ness| stuff)?|diary|dear diary|"
    r"(?:top |our |staff |editors'? )?picks|off-? ?topic|pessoal|"
    # The author's favourites, whatever they are ("Coups de coeur" beside "telethon").
    r"(?:my |mes |our |nos )?(?:favou?rites|favoris|coups? de c(?:oe|œ)ur|lieblinge|preferiti)|"
    # A column of short news items under a coined name (GigaOM's "Hitlines", "Quick Hits").
    r"(?:quick |news ?)hits|hitlines|news ?bites|"
    # A section of things "to discover" or "to see" ("A découvrir" on 3 of a fan site's 10
    # posts, beside their topics): the editor's recommendation, not what the post is about.
    r"[aà] (?:découvrir|decouvrir|voir|lire)|zum entdecken|da (?:scoprire|vedere|leggere)|"
    r"(?:a|para) (?:descubrir|ver|leer)|must[- ](?:see|reads?)|worth (?:a look|reading|seeing)|"
    # The same in other languages: "pensées", "Gedanken", "pensieri", "мысли", a diary.
    r"pens[ée]es|réflexions|gedanken|persönliches|pensieri|riflessioni|pensamientos|"
    r"reflexiones|мысли|думки|личное|дневник|tagebuch|journal intime|"
    r"日記|日记|日记本|日常|雑感|随笔|隨筆|随筆|つぶやき|できごと|出来事|"
    r"dekigoto|nikki|zakki|tsubuyaki|"
    # WordPress's "Uncategorized" in German, and a column of links "on the web" (novovision's
    # "Sur le web...", its web review): where the author files what is not a post of its own.
    r"nicht kategorisiert|unkategorisiert|misc|miscellan(?:y|ea|eous)|"
    r"(?:sur|dans) le web|(?:on|around|from) the web|(?:web|tech|link) ?bites|"
    # The same column of links to other sites named for where they lead (Shaun Inman's
    # "Elsewhere" on 16 of his items).
    r"elsewhere|ailleurs|anderswo|"
    # "Miscellaneous" in Sinhala and Hindi (sudaraka.com's "විවිධ").
    r"විවිධ|विविध|"
    # The blog a post is filed in, by its name ("Korea's General Gaming Blog" beside
    # "Gaming", chipdamage; Rue89's "Gonflés à blog", "My Blog"): where, not what about.
    r".+ blog|"
    # WordPress's default links category ("Blogroll"), and "stuff" filed whole in several
    # languages ("Stuff", "nurkram" = "just stuff", "Novità varie di <blog>" = "assorted news
    # of"): where a blog files what has no topic.
    r"blogroll|(?:other |random |misc )?stuff|(?:nur ?|allerlei ?)?kram|krimskrams|allerlei|"
    r"(?:novità )?varie(?: (?:di|da|dal|dalla|del|su) .+)?|varie ed eventuali|"
    # The author's life as a bucket ("My life", "Hverdagen" = everyday life): the author's days,
    # not a topic. "Life" alone stays: editors kept it on "How Long Would You Live?".
    r"(?:my|daily|everyday) life|hverdagen|hverdag|vardag(?:en)?|alltag|mein leben|"
    r"(?:la |ma )?vie quotidienne|ma vie|quotidien|vita quotidiana|vida cotidiana|"
    # The blog itself as a post's label ("Blog", Matt Cutts's "Weblog/blog"): every post is one.
    r"(?:we)?blog(?: ?/ ?(?:we)?blog)?",
    re.IGNORECASE,
)
# Words a blog files under, which name no topic alone or together: "General miscellany",
# "Notes & Links", "Personal Messages", "Odds and Ends" (each word a filing word).
_FILING_WORD = re.compile(
    r"general|misc|miscellan(?:y|ea|eous|ies)|notes?|links?|personal|messages?|random|stuff|"
    r"bits|pieces|odds|ends|sundries|various|other|news|updates?|thoughts|asides?|stuffs",
    re.IGNORECASE,
)
_JOINS = re.compile(r"\s*(?:&|\+|,|\band\b|\s)\s*", re.IGNORECASE)
# A label's closing stop or ellipsis is no part of it ("Misc.", "Sur le web...").
_CLOSING_DOTS = " .…"


def is_catch_all(term: str) -> bool:
    """True for a blog's personal catch-all label ("thoughts", "personal", "diary")."""
    term = term.rstrip(_CLOSING_DOTS)
    if _CATCH_ALL.fullmatch(term):
        return True
    words = [w for w in _JOINS.split(term) if w]
    return len(words) >= 2 and all(_FILING_WORD.fullmatch(w) for w in words)

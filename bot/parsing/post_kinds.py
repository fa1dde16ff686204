"""Categories naming the kind of post (News, Update, Articles, Video, Review), not its topic."""

from __future__ import annotations

import re

# A site files each post by its kind beside (or instead of) its topic: Boing Boing "Video" on
# 11 of 30 items, Jalopnik "News" on 9 of 24 beside "Spy Photos", Geektopia "Artículos" beside
# "Noticias", Pocket PC Thoughts "UPDATE" among "HARDWARE, ARTICLE, NEWS, EVENT". Whatever share
# of items carries it, the word tells a reader how the piece was written, not what about.
_KIND = (
    # News, in the languages the category code covers.
    r"news|news ?items?|noticias?|notícias?|notícies|notizie|nachrichten|nachricht|aktuelles|"
    r"actualités?|actualites?|actualidad|nieuws|новости|новини|wiadomości|aktualności|"
    r"zprávy|správy|uutiset|nyheter|nyheder|haberler|nuus|"
    # Articles and updates.
    r"articles?|artículos?|artigos?|articoli|articolo|artikel|artikelen|beiträge|beitrag|"
    r"статьи|статья|artykuły?|updates?|aktualisierung(?:en)?|actualizaci(?:ón|ones)|"
    # Reviews, interviews and press releases: a piece's form.
    r"reviews?|reseñas?|rezension(?:en)?|recensione|recensioni|recensões|обзоры?|"
    # A review of a medium ("Book Review" on "Book Review - The Breakthrough Company"): the
    # same form with what is reviewed, which the headline names; a reviewed topic is named
    # ("Pen Review", a pen blog's, stays).
    r"(?:book|film|movie|album|cd|dvd|record|music|game|video ?game|theat(?:er|re)) ?reviews?|"
    # A report ("Report" beside "News" and "Clip" on a music blog's live report), a series'
    # "Best of" label: how a piece was written or picked, not what about.
    r"reports?|reportages?|reportajes?|(?:the )?best[ -]of|"
    r"interviews?|entrevistas?|intervist[ae]|entretiens?|интервью|"
    # Analysis and picks: ReadWriteWeb's "Analysis" on a news item, GigaOM's "Picks" (editor's
    # picks) say how a piece came about; what it is about is in its other categories.
    r"analysis|analyses|análisis|analyse[ns]?|analisi|(?:editor'?s'? |top )?picks|"
    r"press ?releases?|pressemitteilung(?:en)?|communiqués?(?: de presse)?|"
    # The house's own news ("Company News" beside Six Apart's "News & Events"): a notice's form.
    r"(?:company|corporate) (?:news|updates?)|"
    # A notice's form: Yahoo! Search Blog's "News/Announcements", RubyMine's "Announcement".
    r"announcements?|annonces?|ankündigung(?:en)?|anuncios?|"
    # A media kind: the post's own picture or player shows it where it has one, and Boing
    # Boing files text posts under it too; a topic about video is named ("Video Editing").
    r"videos?|vídeos?|vidéos?|видео|wideo|"
    # The same for pictures: a blog's "photo"/"video"/"photos" beside "Uncategorized", a skate
    # blog's "pics" beside "videos"; a topic about them is named ("Photography").
    # "images" too (a travel blog's gallery post "San Francisco en images…" filed "images").
    r"photos?|pics|pictures?|fotos?|фото|images?|imágenes|immagini|imagens|bilder|"
    # How the post reached the blog: a reader's guide filed "contributed" (ADOM Guides), a
    # guest's, one sent by e-mail ("Post by mail", WordPress's post-by-email).
    r"contributed|guest[ -]?posts?|post(?:s|ed)?[ -](?:by|via)[ -]e?-?mail|"
    # A column and a press release by their names in other languages (not "columns": the
    # neocortex's are a topic) ("Klumme", Danish;
    # "piaruše", Slovene slang for PR blurbs), and a blog's welcome post ("présentation",
    # "Welcome", "Hello world!"): the piece's form, not what it is about.
    r"klummer?|kolumner?|kolumne[n]?|chroniques?|crónicas?|cronache|"
    r"piaruš[ei]|pressemeldung(?:en)?|persberichte?n?|"
    r"présentations?|bienvenue|welcome|hello world!?|first post|premier (?:billet|article|post)"
)
# One kind, or two joined ("News & Updates", "Noticias y Artículos", "Video News").
_KINDS = re.compile(rf"(?:{_KIND})(?:\s*(?:&|and|y|e|et|und|,|/)?\s*(?:{_KIND}))?", re.IGNORECASE)


def is_post_kind(term: str) -> bool:
    """True for a category that only names the kind of post ("News", "UPDATE", "Vidéos")."""
    # Cheap first: every kind word is short, so a long category is a topic without the regex.
    return len(term) <= 40 and _KINDS.fullmatch(term) is not None


# Kinds of post that name a topic elsewhere ("Shorts", "Lists"): on half a feed's items, they
# say nothing of any; on only some, they set those apart and stay (last). News, articles,
# updates, reviews and videos are never topics (post_kinds).
_KIND_OF_POST = re.compile(
    # A show's kinds of episode ("Shorts" on 90 of Radiolab's 144, "podcast" on a podcast's
    # every item) and a site's "Updates".
    r"shorts|bonus(?: episodes?)?|(?:full )?episodes?|trailers?|minisodes?|encores?|reruns?|"
    r"replays?|podcasts?|updates|"
    # A piece's form: Time Doctor files every post "News", "Guide" or "List".
    r"guides?|lists?|listicles?|how[- ]?tos?|"
    # A community site's every entry "journal" (use.perl.org: 25 of 31), a talk's "slides".
    r"journals?|slides|slide ?decks?|"
    # A column of short news items, and the site's running news feed (La Revue du Digital:
    # "brèves" on 5 of 10 items, "fil d'actualité" on 4 others).
    r"brèves|breves|en bref|in brief|briefs|brevi|kurzmeldungen|kurz notiert|"
    r"fil d'actualités?|fil info|news ?feed|news ?ticker|newsticker|"
    # One brief by its singular ("Brève" on 4 of Eolas's 20 posts).
    r"brèves?",
    re.IGNORECASE,
)


def is_filing_kind(term: str) -> bool:
    """True for a kind of post that may be a topic elsewhere ("Shorts", "Guide", "Brèves"): the
    feed's share of items under it decides (categories)."""
    return _KIND_OF_POST.fullmatch(term) is not None

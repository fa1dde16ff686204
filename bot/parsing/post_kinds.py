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

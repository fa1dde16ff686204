"""Section vocabulary of news sites in the corpus's languages: a feed title made only of these
words names a section ("World", "Top Stories", "À la une", "Новости"), never the site.

Words are folded as `site_names._fold` folds them: lower case, accents dropped."""

from __future__ import annotations

# Kinds of section, one group per line: front pages and streams; regions; subjects; the
# words feeds add around them. Written as families, not as the corpus's titles.
_ENGLISH = """
home homepage front page frontpage latest newest recent top stories story headlines breaking
news newsfeed wire live updates update articles article posts all releases
main index highlights featured popular trending most read viewed
world international global national local regional metro city nation domestic foreign
asia europe africa americas america middle east pacific oceania australia uk us usa canada
india china japan russia britain european african asian
north south east west central latin northern southern eastern western
politics political election elections government policy opinion opinions commentary comment
analysis editorial editorials columns column views blogs blog letters
business economy economics finance financial markets market money companies industry
tech technology science sciences stem health wellness medicine fitness nutrition
sport sports football soccer cricket tennis
culture arts art entertainment lifestyle travel food books music film
films movies movie tv television media celebrity fashion design
multimedia video videos photos podcasts podcast
education environment climate weather energy
games gaming autos cars auto mobile wireless web development
crime law justice religion society obituaries
category categories section sections topic topics tag tags channel general uncategorized
newsletter newsletters bulletin
"""
_FRENCH = """
actualite actualites actu infos info information informations une la fil direct
monde international france politique economie societe culture sport sports sciences
sante tech technologies cinema theatre expositions exposition musique television medias
developpement
dernieres derniere nouvelles region regions faits divers planete idees lettre
"""
_GERMAN = """
nachrichten aktuell aktuelles neueste meldungen schlagzeilen startseite ticker analysen
welt inland ausland politik wirtschaft kultur wissen panorama netzwelt gesundheit
reise leben gesellschaft finanzen digital regional lokales rundbrief
"""
_SPANISH_ITALIAN_PORTUGUESE = """
noticias ultimas ultima hora portada mundo internacional nacional economia deportes boletin
cultura tecnologia ciencia salud opinion sociedad espana
notizie ultime cronaca cronache esteri politica spettacoli salute
noticia desporto esportes saude ciencia plantao brasil
"""
_OTHERS = """
новости главное мир политика экономика общество спорт культура наука технологии раздел
лента происшествия в мире
nuus nieuws wereld sake binnenland buitenland nieuwsbrief
wiadomosci swiat kraj
"""

SECTION_WORDS: frozenset[str] = frozenset(
    (_ENGLISH + _FRENCH + _GERMAN + _SPANISH_ITALIAN_PORTUGUESE + _OTHERS).split()
)

# Words that join section words ("News, Business, Culture & Multimedia from Russia" is still
# section words for this purpose only when every other word is one).
CONNECTORS: frozenset[str] = frozenset(
    """and & the of in on from for more a an with your to by at
    et de du des le les en au aux a la l d dans sur
    und der die das im vom zum zur
    y e el los las del di della delle il o os as do da dos das em no na
    и в на о
    en van het die
    """.split()
)

# What a feed lists, by kind of item, and the words a list is framed by ("Tutorial List",
# "Quotes of the Day", "Weekly Digest"): after the site's name they say what the feed carries,
# no part of the publisher's name. Written as a family of listing nouns, not from one title.
LISTED_KINDS: frozenset[str] = frozenset(
    """list lists listing listings digest digests roundup roundups archive archives collection
    tutorial tutorials lesson lessons tip tips trick tricks howto howtos guide guides
    quote quotes quotation quotations saying sayings proverb proverbs
    question questions answer answers faq faqs
    review reviews download downloads item items entry entries link links bookmarks
    picture pictures image images gallery galleries
    job jobs vacancies event events alert alerts episode episodes word words
    deal deals offer offers recipe recipes joke jokes comment comments
    day week month year daily weekly monthly yearly""".split()
)

"""Full stops that end no sentence in the writing of any language a feed may declare wrongly:
an ordinal day before its month ("am 7. Mai"), a short abbreviation before a lower-case word."""

from __future__ import annotations

import re

# Languages that write the day as an ordinal number ("7. Mai", "3. oktober", "6. dubna",
# "7. toukokuuta") name the month after it: the stop is the ordinal's, in any sentence. The
# months of German, Danish and Norwegian, Finnish, Czech, Slovak, Croatian and Slovene, in
# the case that follows a day, and German's and Scandinavian's abbreviations.
_MONTH = (
    r"(?:januar|jänner|februar|märz|marts|mars|april|mai|maj|juni|juli|august|september"
    r"|oktober|november|dezember|december|desember|jan|feb|mär|mrz|apr|jun|jul|aug|sept?"
    r"|okt|nov|dez|dec|des|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuuta"
    r"|ledna|února|března|dubna|května|června|července"
    r"|srpna|září|října|listopadu|prosince|januára|februára|marca|apríla|mája|júna|júla"
    r"|augusta|septembra|októbra|novembra|decembra|siječnja|veljače|ožujka|travnja|svibnja"
    r"|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca|januarja|februarja|aprila"
    r"|maja|junija|julija|avgusta|oktobra)(?![^\W\d_])"
)
_ORDINAL_DAY = re.compile(r"(?:^|[\s(])\d{1,2}\.$")
_MONTH_NEXT = re.compile(rf"\s+{_MONTH}", re.IGNORECASE)
# An abbreviation of a few letters ("Ed. note:", "3,558 lbs. of peanuts"): a sentence opens
# on a capital in every cased script, so a lower-case word of prose after it goes on.
_SHORT_WORD = re.compile(r"(?:^|[\s(])[^\W\d_]{1,4}\.$")
_LOWER_NEXT = re.compile(r"\s+([^\W\d_]+)(?=[\s,;:])")
# A number's abbreviation before its figure ("Edition Nr. 39", "vol. 2", "S. 14"): the shape
# summaries._SHORT_ABBREVIATION rejoins pysbd's pieces by, a letter shorter ("list. 3" ends one).
_NUMBER_WORD = re.compile(r"(?:^|[\s(,])(?:[a-z]{1,3}|[A-Z][a-z]{0,2}|[A-Z]{2})\.$")
_FIGURE_NEXT = re.compile(r"\s+\d")
# A date written in figures, day and month each with its stop ("16.9.", Finnish, German,
# Czech): a range's dash and its second date go on with it ("on 16.9. – 11.10."). What else
# follows may open a sentence or an item of a list run into the text ("11.10. palautusluukku").
_FIGURE_DATE = re.compile(r"(?:^|[\s(])\d{1,2}\.\d{1,2}\.$")
_RANGE_NEXT = re.compile(r"\s*[–—-]\s*\d")


def stop_goes_on(before: str, after: str) -> bool:
    """Whether the stop `before` ends on goes on into `after` (its spaces first): a day's
    ordinal before a month, a date in figures in a range, an abbreviation before a figure."""
    if _ORDINAL_DAY.search(before[-4:]) and _MONTH_NEXT.match(after):
        return True
    if _FIGURE_DATE.search(before[-7:]):
        return _RANGE_NEXT.match(after) is not None
    if _FIGURE_NEXT.match(after):
        return _NUMBER_WORD.search(before[-6:]) is not None
    if not _SHORT_WORD.search(before[-6:]):
        return False
    word = _LOWER_NEXT.match(after)
    return word is not None and word[1].islower()

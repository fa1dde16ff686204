"""Getting bytes: feeds over HTTP or from local files, safely; feed discovery; article pages;
when to check next."""

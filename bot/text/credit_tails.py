"""A photo's credit closing a text ("… in Nairobi on April 16, 2024. (Photo by SIMON MAINA /
AFP)"): the text is its picture's caption, not the story."""

from __future__ import annotations

import re

# A credit opens on a photo word or a wire's photo mark ("(AP Photo/Evan Vucci)", "Photo:
# Jane Doe/Reuters"), after the caption's last full stop.
_CREDIT = (
    r"(?:(?:photo(?:graph)?|image|picture|foto|bild)s?(?:\s+(?:by|credit|courtesy))?\b\s*:?"
    r"|credit\s*:|(?:AP|AFP|EPA|Reuters|Getty)\s+(?:photo|images?)\b)"
)
_CREDIT_TAIL = re.compile(
    rf"[.!?]\s*(?:(?:\(\s*{_CREDIT}[^()]{{1,100}}\)\s*\.?\s*)+|{_CREDIT}[^.!?()]{{2,80}})$",
    re.I,
)


def ends_on_photo_credit(paragraph: str) -> bool:
    """Whether a paragraph ends on a photo's credit after its last sentence."""
    return bool(_CREDIT_TAIL.search(paragraph.strip()))

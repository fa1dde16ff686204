"""A list's heading run into a flattened excerpt's prose ("… from this Round. Links mentioned on
this Round Wish Brad …", "…欢迎品尝！版本介绍 2021.02.08 v18.5.6…"): the list it heads."""

from __future__ import annotations

import re

# The heading starts a sentence (after a stop or the paragraph's start) and names the links of
# the episode ("Links mentioned on this Round", "*Links mentioned in this episode:"), or a
# version's notes over a version or date ("版本介绍 2021.02.08", "更新日志 v2.1"). Inside a
# sentence ("see all the things we mentioned in the show.") it is none.
_LIST_HEADING = re.compile(
    r"(?:^|(?<=[.!?。！？]))\s*\*?(?:(?:Links?|Resources?)\s+(?:mentioned|discussed)\s+(?:on|in|during)"
    r"\s+(?:this|the|today['’]s)\s+(?:[Rr]ound|episode|show|podcast|video|stream)\b"
    r"|(?:版本介绍|版本说明|更新日志|更新内容|更新说明)\s*(?=[vV]?\d))"
)


def before_list_heading(paragraph: str) -> str:
    """The paragraph up to a list's heading glued into it, or whole; "" where it opens on one."""
    heading = _LIST_HEADING.search(paragraph)
    return paragraph if heading is None else paragraph[: heading.start()].rstrip()

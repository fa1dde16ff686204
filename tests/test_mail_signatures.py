"""A post sent by mail keeps nothing after its "-- " line: the writer's signature and the ad the
mail service appended under it (held-out sample 14, a Blogger mail-to-blog post from 163.com)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.mail_signatures import without_signature

# The entry as the feed gives it (feed--770381176 #23), its code lines shortened.
_POST = (
    "<div>git可以在文件.git/info/exlude中设置规则来忽略一些文件，如<br />&nbsp;<br /></div>"
    "<div><blockquote><font># Lines that start with '#' are comments.<br />*.[oa]<br />"
    "</font></blockquote><br /></div><div>&nbsp;</div><div><br />--<br /> "
    "<div>海阔天空，做什么就记什么。主要是 Ubuntu Linux 和 Latex 及编程相关的东东： "
    "http://hai-kuo.blogspot.com/&nbsp;</div> </div><br /><!-- footer --><br />  <hr /> "
    '<font style="font-size: 12px;">尽享江北城市荣光，开启滨江世界岸区，</font>'
    '<a href="http://popme.163.com/link/003982_0526_7909.html">东海岸赠空间近50%</a>'
)


def test_the_ad_under_a_signature_never_reaches_the_text() -> None:
    texts = " ".join(b.text for b in to_blocks(_POST))
    assert "忽略一些文件" in texts
    assert "尽享江北城市荣光" not in texts
    assert "海阔天空，做什么就记什么" not in texts


def test_a_signature_line_in_a_program_stays() -> None:
    # A mail template shown in <pre> ends on its own "--" line: the program's text, not the post's.
    markup = "<p>My template:</p><pre>Best wishes<br /><br />--<br />fortune</pre><p>Run it.</p>"
    assert without_signature(markup) == markup


def test_a_delimiter_before_any_text_cuts_nothing() -> None:
    markup = "<div><br />--<br />Posted from my phone</div>"
    assert without_signature(markup) == markup

"""Raised and lowered marks (<sup>, <sub>) written as Unicode super- and subscripts.

Telegram's HTML has no <sup>/<sub>, so "N<sup>2</sup>" read as plain text says "N2" and
"CO<sub>2</sub>" is only right by luck; Unicode has a raised and a lowered form for digits and a
few signs, which read right everywhere.
"""

from __future__ import annotations

_RAISED = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_LOWERED = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def scripted(mark: str, raised: bool) -> str | None:
    """`mark` in its raised (or lowered) form, or None when a character of it has none."""
    # Same length as `mark`, so link positions after it stay right; "−" is read as "-".
    table = _RAISED if raised else _LOWERED
    mark = mark.replace("\u2212", "-")
    written = mark.translate(table)
    if not mark or any(a == b for a, b in zip(mark, written, strict=True)):
        return None
    return written

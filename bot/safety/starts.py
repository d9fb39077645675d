"""What a regex can start with: the safety checks file their many alternatives under the first
characters of a word, so that at each word only the few that can match there are tried."""

from __future__ import annotations

try:  # the parser `re` itself uses: it tells which characters a pattern can start with
    from re import _parser as _sre_parse  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse


def starts(pattern: str, key: int) -> tuple[set[str] | None, int]:
    """The first `key` characters a regex's matches can start with (whole matches where they
    are shorter), or None when that could be anything (\\w, \\S...); and its shortest match.

    A superset is harmless (an alternative is tried where it cannot match); a subset would
    lose matches, so every construct not understood here answers None.
    """
    parsed = _sre_parse.parse(pattern)
    return _starts(parsed, key), parsed.getwidth()[0]


def _starts(items: _sre_parse.SubPattern | list, key: int) -> set[str] | None:
    growing, done = {""}, set()
    for op, argument in items:
        options = _starts_of(op, argument, key)
        if options is None:
            return None
        grown = set()
        for head in growing:
            for option in options:
                start = (head + option)[:key]
                (done if len(start) == key else grown).add(start)
        growing = grown
        if not growing:
            break
    return done | growing


def _starts_of(op: object, argument: object, key: int) -> set[str] | None:
    if op is _sre_parse.LITERAL:
        return {chr(argument)}  # type: ignore[arg-type]
    if op is _sre_parse.IN:
        chars = set()
        for kind, value in argument:  # type: ignore[attr-defined]
            if kind is _sre_parse.LITERAL:
                chars.add(chr(value))
            elif kind is _sre_parse.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated set or a category such as \\w
                return None
        return chars
    if op in (_sre_parse.AT, _sre_parse.ASSERT, _sre_parse.ASSERT_NOT):
        return {""}  # zero width
    if op is _sre_parse.BRANCH:
        options: set[str] = set()
        for branch in argument[1]:  # type: ignore[index]
            found = _starts(branch, key)
            if found is None:
                return None
            options |= found
        return options
    if op is _sre_parse.SUBPATTERN:
        return _starts(argument[-1], key)  # type: ignore[index]
    if op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
        low, high, pattern = argument  # type: ignore[misc]
        once = _starts(pattern, key)
        if once is None:
            return None
        options = {""} if low == 0 else set()
        repeated = {""}
        for count in range(1, min(high, key) + 1):
            repeated = {(a + b)[:key] for a in repeated for b in once}
            if count >= min(low, key):
                options |= repeated
        return options
    return None

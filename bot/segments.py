"""Where the question sits in a long, chatty message: the parts worth matching on their own.

"Hi, I'm a reporter in London writing about youth and tech. When was the event?" is a
question about the date wrapped in words the pack never uses; matched whole, the wrapping
outweighs the question. Sentences, and the rest of a sentence from each question word on,
are matched as well, and the engine keeps the part that answers best. A dictated run-on has
no punctuation to cut at ("c'était quel jour parce que ma fille me dit décembre"), so a
question also ends where the next question starts or where a reason or an objection begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import lexicon

# Sentences end at these; a comma alone does not split ("Doe, Smith and Khan").
_SENTENCE_END = re.compile(r"[.!?؟…\n]+|\s[-–—]\s")
# Chat often puts an emoji where a full stop would go: "... en Afrique du Nord 🙏 c'était quoi
# le but ?". What follows the last one may be the question; what comes before it is not cut
# up, since "parent here 👋" alone would read as a question about parents.
_EMOJI = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]+")
_CLAUSE_END = re.compile(r"[,،:;]")
# Below this many words a message is one thought: splitting would only lose context.
_MIN_WORDS_TO_SPLIT = 5
# At most this many parts are matched, so a long message costs a bounded amount of work.
MAX_SEGMENTS = 6


def segments(
    text: str,
    opens_question: Callable[[list[str], int], bool],
    ends_question: Callable[[str], bool],
) -> list[str]:
    """The parts of a long message that may hold its question, last ones first.

    `opens_question(words, i)` says whether words[i] starts a question ("who", "wach", "هل",
    "if", "was it");
    `ends_question(word)` whether it starts what follows one ("because", "mais", "حيت").
    A short message gives no parts: it is matched whole.
    """
    if len(text.split()) < _MIN_WORDS_TO_SPLIT:
        return []
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    found: dict[str, None] = {}
    # People ask at the end, after the greeting and the story: look there first, and at the
    # last sentence's words after its last emoji.
    if sentences:
        after_emoji = _EMOJI.split(sentences[-1])[-1].strip()
        if after_emoji != sentences[-1] and len(after_emoji.split()) > 1:
            found.setdefault(after_emoji, None)
    for sentence in reversed(sentences):
        words = sentence.split()
        starts = [i for i in range(len(words)) if opens_question(words, i)]
        for start in reversed(starts):
            if start:
                rest = " ".join(words[start:])
                found.setdefault(rest, None)
                # "what was the goal, in a sentence or two": the question ends at the comma.
                found.setdefault(_CLAUSE_END.split(rest, maxsplit=1)[0], None)
            # "who organised it was it Acme or the ministry", "quel jour parce que...":
            # the run-on's question ends at the next question or at the reason given.
            # Two words before the next question are its opening ("which panel was Doe
            # in?"), not a question of their own; a question word at the very end closes
            # the same question ("... c'est qui ?").
            end = next(
                (
                    i
                    for i in range(start + 1, len(words) - 1)
                    if ends_question(words[i]) or (i in starts and i - start > 2)
                ),
                len(words),
            )
            if end < len(words) and end - start > 1:
                found.setdefault(" ".join(words[start:end]), None)
        if len(sentences) > 1:
            found.setdefault(sentence, None)
        # "mort de rire, ABC ça veut dire quoi ?": an aside before a comma is not the question.
        clauses = [c.strip() for c in _CLAUSE_END.split(sentence) if c.strip()]
        if len(clauses) > 1:
            for clause in reversed(clauses):
                found.setdefault(clause, None)
    found.pop(text.strip(), None)
    return list(found)[:MAX_SEGMENTS]


# "and" between two things asked: "the date and the place", "NGO ? et SAC ?", "w Doe?".
# Not "or": "ou" folds like "où" (where), and "Doe or Roe?" asks one question.
_AND = frozenset("et and n & + w o و".split())
_SHORT_REQUEST = 8
_GLUED_AND = re.compile(r"(?<!\S)و(?=[A-Za-z])")
# A clause, then what ends it: a question mark says it asks.
_PIECE_END = re.compile(r"\s*([^.!?؟…\n,،;:]+?)\s*([.!?؟…\n,،;:]+|\s[-–—]\s|$)")


def pieces(
    text: str,
    opens_question: Callable[[list[str], int], bool],
    glued: Callable[[str], bool] = lambda word: False,
) -> list[str]:
    """The things a message asks one by one: each clause that asks, cut again at "and"
    ("when was it and who organised it?"), and what follows a question without asking
    again, which asks the same of something else ("NGO signifie quoi ? et SAC ?", "the
    date and the place?"). A story before the first question asks nothing ("ana psy w
    bghit n3ref..."). `glued(rest)` says whether an Arabic word that starts with و is "and"
    written onto a known word ("وهل", "ومكانها", "وعن") rather than a word of its own
    ("وسائل")."""
    found: dict[str, None] = {}
    # A short message asks for all it lists: "horaires et lieu svp", "insta + la date".
    asked = len(text.split()) <= _SHORT_REQUEST
    for clause in _PIECE_END.finditer(f"{text}."):
        # Arabic writes "and" onto the next word, a Latin one too: "وSAC".
        words = []
        for word in _GLUED_AND.sub("و ", clause.group(1)).split():
            glued_and = (
                word[:1] == "و"
                and len(word) > 2
                and word not in lexicon.ALTERNATIVES
                and glued(word[1:])
            )
            words += ["و", word[1:]] if glued_and else [word]
        marked = "?" in clause.group(2) or "؟" in clause.group(2)
        piece: list[str] = []
        for word in [*words, "and"]:
            if word.lower() not in _AND:
                piece.append(word)
                continue
            if marked or any(opens_question(piece, i) for i in range(len(piece))):
                asked = True
            elif not asked:
                piece = []
                continue
            if piece and not alternative(" ".join(piece)):
                found.setdefault(" ".join(piece), None)
            piece = []
    found.pop(text.strip(), None)
    return list(found)[:MAX_SEGMENTS]


def alternative(piece: str) -> bool:
    """Whether a piece of a message offers an alternative rather than asking anew: "... ou un
    truc du genre", "wla chi haja", "or something"."""
    first = piece.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in lexicon.ALTERNATIVES

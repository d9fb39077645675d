"""What one language file gives distress detection, and the helpers patterns are written
with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    """The words distress detection looks for in one language, as its file writes them.

    Every entry is a regular expression over normalised text (see bot/safety/detect.py: lower
    case, no accents, punctuation gone, one space between words, chat spelling spelt out).
    Every pattern must open with letters, not \\w or \\S: a word is only tried against the
    patterns that can start with its first two letters, and detection refuses any other.
    """

    # Warning-sign group (one of GROUPS in bot/safety/detect.py) -> first-person phrases.
    patterns: dict[str, list[str]]
    # Words just before a phrase that negate it: "i don t want to die".
    negation: str
    # Subjects just before a phrase that make it someone else's: "my friend wants to die".
    others: str | None = None
    # Chat spelling -> the words it stands for: "chui" -> "je suis".
    chat_words: dict[str, str] = field(default_factory=dict)
    # Tails just after a death phrase that make it an idiom: "die laughing".
    idiom_tails: tuple[str, ...] = ()
    # Whole expressions that hold distress words but are idioms: "adieu les cours", "exam
    # tomorrow, I'm dead, it's over for me", "Arsenal lost again, I can't take this anymore". A
    # phrase or a weak sign inside one says nothing, and the model (model.py), which cannot read
    # one, stays quiet where one is; an emergency phrase is never excused by one.
    idioms: tuple[str, ...] = ()
    # Things given away at an event, not belongings: "giving my ticket away".
    tickets: tuple[str, ...] = ()
    # When taken pills are a past attempt, not an emergency now: "last year".
    long_ago: tuple[str, ...] = ()
    # Words that open a new clause, so a negation before them belongs to the clause before.
    new_clause: tuple[str, ...] = ()
    # Words meaning "nothing but" after a negation: "ma bghit ghir nmout" is a wish to die.
    only: tuple[str, ...] = ()
    # The writer saying they are not in danger: "i m not suicidal", or dying in a video game.
    # The model (model.py) cannot read a negation, so these keep it quiet.
    denials: tuple[str, ...] = ()
    # Words after someone else's phrase that make it the writer's too: "quand on a plus envie
    # d'exister ? parce que moi c'est le cas", "people who don't want to live, that's me".
    own_too: tuple[str, ...] = ()
    # Someone else saying, writing or sending something, and the words that may follow before
    # the words they said: "ma copine m a envoye (un message genre)", "sahbi kaygoul". A phrase
    # right after it quotes them ("ma copine m'a envoyé « je veux mourir »"): theirs, not the
    # writer's, whatever language the quoted words are in.
    quoting: tuple[str, ...] = ()
    # A song, a film or a book whose title follows: "la chanson « je veux mourir ce soir »".
    titles: tuple[str, ...] = ()
    # The saying verbs alone ("m a envoye", "kaygoul"), for the weak signs (cues.py).
    saying: tuple[str, ...] = ()
    # Warning-sign group -> phrases that show distress only as the whole message, give or
    # take `interjections`: "plus envie", "i m done", "تعبت". Inside a longer message they
    # are ordinary ("plus envie de pizza", "i m done with my homework").
    alone: dict[str, list[str]] = field(default_factory=dict)
    # Words that may surround an `alone` phrase: "wallah", "vraiment", "just".
    interjections: tuple[str, ...] = ()
    # Kind of weak sign (one of WEIGHTS in bot/safety/cues.py) -> words that show it. Each
    # word is matched whole: "i" is the word "i", never a letter inside one.
    cues: dict[str, list[str]] = field(default_factory=dict)
    # Kind of weak sign -> words just after it that make it something else: "disappear from
    # instagram", "stuck in my head".
    cue_excuses: dict[str, list[str]] = field(default_factory=dict)
    # Words before a goodbye that make it the end of a chat with the bot: "ok I got it,
    # goodbye", "cheers, that's all I needed. Goodbye!" ("thanks for everything" is no such
    # word: it is a sign of its own).
    closings: tuple[str, ...] = ()


def grouped(*parts: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Each warning-sign group's patterns from several tables of them (a language file's own,
    then each round of additions): every alternative is tried at every word, so their order
    within a group changes nothing."""
    found: dict[str, list[str]] = {}
    for part in parts:
        for group, patterns in part.items():
            found.setdefault(group, []).extend(patterns)
    return found


def any_of(*options: str) -> str:
    """One of these patterns."""
    return "(?:" + "|".join(options) + ")"


def ending(*continuations: str) -> str:
    """A phrase that is also ordinary ("I can't go on stage", "je veux en finir avec ce
    dossier") counts only when the message ends there or carries on with one of these words."""
    return "(?= *$| " + any_of(*continuations) + r"\b)"


# A phrase that counts only as the message's last words: "ghda nkon mchit" closes a goodbye,
# "ghda nkon mchit l casa" is a trip.
AT_END = r"(?= *$)"

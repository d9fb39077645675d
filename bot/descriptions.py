"""Who a description fits: the speakers or round tables a message describes without naming
them ("the psychiatrist", "the psys who are not doctors", "the second round table"), and which
of several answers the others or asks for a person."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot import lexicon
from bot.asking import ASKING, known_subject
from bot.knowledge import Pack
from bot.matcher import UNSAID, Analysis, Candidate, Matcher
from bot.text import fold
from bot.thresholds import ANSWER_THRESHOLD

# A description a negation rules out is this many words at most: "des professionnels de la
# santé".
DESCRIPTION_WORDS = 5

# Where a clause ends, as a word of a message carries it: "القمة؟", "hadro,".
_CLAUSE_ENDS = frozenset("?!.,;:؟،")
# What separates the items of a list written out: commas, slashes, brackets.
_LIST_SEPARATORS = re.compile(r"[,،/()]")
# A speaker fits a description when what the pack says of them holds all of its words.
FITS_COVERAGE = 0.99
# ... and the rest of a chatty message tells them apart when one holds this share of it.
STORY_COVERAGE = 0.5
# ... and when they score within this of the best of them.
SEVERAL_MARGIN = 16.0
# Words that ask for a person, with "which": "which expert", "quel intervenant".
PERSON = frozenset({"@speaker", "@expert"})
# A speaker said what a message quotes when their part of the pack holds this share of its
# subject words (at least this many), and as much as anyone else within the margin.
SAID_COVERAGE = 0.7
SAID_WORDS = 1
SAID_WORDS_BESIDE = 3
SAID_MARGIN = 0.1
SAID_CLOSENESS = 0.75
# What every speaker's card tells: asked of all of them, the list of speakers answers.
ATTRIBUTES = frozenset({"@job", "@role"})
# What joins the descriptions a negation rules out: "ni médecins ni psys", "machi tbib wla psy".
_NOR = frozenset(fold(w) for w in (*lexicon.ALTERNATIVES, "ni", "nor", "w", "و"))
# A message quoting this share of a round table's title (two words at least) names it.
TITLE_SHARE = 0.75


class Descriptions:
    """Who a description fits in one pack, read with that pack's matcher.

    `named_in(id, language)` gives the speakers an entry's answer names: the engine reads its
    own cards for that, and a description's summary is the answer that names every choice.
    """

    def __init__(
        self,
        pack: Pack,
        matcher: Matcher,
        named_in: Callable[[str, str], frozenset[str]],
    ) -> None:
        self.pack = pack
        self.matcher = matcher
        self._named_in = named_in
        self._lists = [e.id for e in pack.entries() if e.list]
        # Each round table's title in each language, as the words that tell it apart.
        self._titles = {
            panel.id: [
                frozenset(t for t in matcher.vocabulary.terms(title) if matcher.is_subject(t))
                for title in panel.title.values()
            ]
            for panel in pack.panels
        }
        # The organiser's name, as the matcher reads it: some speakers work for it.
        self._organiser = frozenset(
            t for name in pack.event.organiser.values() for t in matcher.vocabulary.terms(name)
        )
        # Words that describe speakers ("psychiatre", "woman", "طبيبة"): a question may
        # ask for those who fit any of them.
        tags = [t for s in pack.speakers for texts in s.tags.values() for t in texts]
        self._descriptors = frozenset(t for text in tags for t in matcher.vocabulary.terms(text))

    @property
    def kinds(self) -> frozenset[str]:
        """The terms that say what kind of person a speaker is ("psychiatrist", "creator")."""
        return self._descriptors

    def a_person(self, analysis: Analysis) -> Analysis:
        """ "Who talked about safe digital spaces?" asks for a person: a speaker who answers
        comes before the round table whose themes say the same, unless the message asks
        about round tables."""
        best = analysis.best
        said = set(analysis.terms)
        # "who", "which expert", and "X talked about" without a question word ("من تحدث عن").
        person = self.asks_person(analysis) or ("@spoke" in said and not said & ASKING)
        if best is not None and "?who" in said and self._kind_of(best.entry_id) is None:
            return self._the_one_of_a_kind(analysis, best)
        if best is None or not self.pack.panel(best.entry_id) or not person or "@panel" in said:
            return analysis
        people = [
            c
            for c in analysis.candidates
            if self.pack.speaker(c.entry_id) and c.score >= ANSWER_THRESHOLD
        ]
        if not people:
            return analysis
        rest = tuple(c for c in analysis.candidates if c is not people[0])
        return replace(analysis, candidates=(people[0], *rest))

    def _the_one_of_a_kind(self, analysis: Analysis, best: Candidate) -> Analysis:
        """ "Who was the content creator who took part?": the kinds of people who came
        answer a question about them, but "who" asks for the one speaker of that kind."""
        kinds = [t for t in analysis.terms if t in self._descriptors]
        entry = self.pack.entry(best.entry_id)
        # Only where the answer itself speaks of that kind of people, as a whole: a list of
        # every speaker, or a topic some of them spoke on, is another question.
        if (
            not kinds
            or analysis.named
            or (entry and entry.list)
            or not all(self._fits(best.entry_id, t) for t in kinds)
        ):
            return analysis
        fits = [s.id for s in self.pack.speakers if all(self._fits(s.id, t) for t in kinds)]
        if len(fits) != 1:
            return analysis
        one = Candidate(fits[0], best.score, best.phrasing, best.coverage)
        rest = tuple(c for c in analysis.candidates if c.entry_id != fits[0])
        return replace(analysis, candidates=(one, *rest))

    def related(self, one: str, other: str, language: str) -> bool:
        """Whether either entry's answer names the other: a speaker and their round table,
        an entry and the speaker it quotes, an entry and the round table of a speaker it
        names ("the role of parents": Doe's entry and Doe's round table)."""
        speaker = self.pack.speaker(one) or self.pack.speaker(other)
        if speaker and speaker.panel in (one, other):
            return True
        for entry, table in ((one, other), (other, one)):
            panel = self.pack.panel(table)
            if panel and set(panel.speakers) & self._named_in(entry, language):
                return True
        return other in self._named_in(one, language) or one in self._named_in(other, language)

    def naming_all(self, analysis: Analysis, ids: list[str], language: str) -> str | None:
        """The choice whose answer already names every other one, all of them speakers: "the
        panelists of the 2nd round table" is that table, "anything on stigma?" the entry on
        who spoke about it; either lists the people a "which one?" would offer."""
        subject = known_subject(self.matcher, analysis)
        for summary in ids:
            others = [self.pack.speaker(i) for i in ids if i != summary]
            if not others or any(s is None for s in others):
                continue
            # A round table answers for its members when the message asks about one; any
            # other entry when it holds all the message asks about.
            if self.pack.panel(summary):
                if "@panel" not in analysis.terms:
                    continue
            elif self.matcher.covers(summary, subject) < FITS_COVERAGE:
                continue
            named = self._named_in(summary, language)
            # An answer naming everyone (who took part) lists; it does not pick among them.
            if (
                len(named) < len(self.pack.speakers)
                and {s.id for s in others if s is not None} <= named
            ):
                return summary
        return None

    def several(self, analysis: Analysis, either: bool = False) -> list[str]:
        """Every speaker (or round table) a description fits, when it fits more than one and
        the message names none: "le psychiatre" may be two speakers, "the women speakers"
        three of the six. `either` says the message joins descriptions with "or": "des
        psychologues ou des thérapeutes" asks for everyone who is one of them."""
        best = analysis.best
        assert best is not None
        kind = self._kind_of(best.entry_id)
        entry = self.pack.entry(best.entry_id)
        if analysis.named:
            return []
        # "Which speakers are linked to NGO?" asks for people, though what NGO means
        # answers best: every speaker the words fit, if they score near it.
        for_people = kind is None and not (entry and entry.list)
        if for_people and not self.asks_person(analysis):
            return []
        # Words the programme and speaker lists hold ("speakers", "round table") describe all
        # of them; what is left describes some.
        subject = [t for t in analysis.terms if self.matcher.is_subject(t) and not self._listed(t)]
        ids = [s.id for s in self.pack.speakers] + [p.id for p in self.pack.panels]
        # A word the pack knows but says of no speaker nor round table ("list", "professionnels
        # ... intervenus") describes none of them: it cannot tell them apart either.
        subject = [
            t
            for t in subject
            if not self.matcher.lookup(t) or any(self.matcher.covers(i, [t]) for i in ids)
        ]
        if not subject:
            return []
        fits = [i for i in ids if self.matcher.covers(i, subject) >= FITS_COVERAGE]
        described = set(subject) <= self._descriptors
        kinds = [t for t in subject if t in self._descriptors]
        if (not fits or (either and len(fits) == 1)) and len(subject) > 1 and described:
            # "des psychologues ou des thérapeutes": nobody is both, so each one asked for is
            # one of them.
            fits = [i for i in ids if any(self._fits(i, t) for t in subject)]
        elif either and len(kinds) > 2:
            # "the professionals (psychiatrists, psychologists, therapists)": the kinds listed
            # say who the words around them mean, each one of them.
            fits = [i for i in ids if any(self._fits(i, t) for t in kinds)]
        elif not described:
            # Holding the words is not enough when one says it far better: "the one who told
            # his own experience" is the one who told it, though another's quote says
            # "experiences". A description in the speakers' own tags ("the psychiatrists")
            # fits all who have them, however their phrasings score.
            scores = {c.entry_id: c.score for c in analysis.candidates}
            top = max((scores.get(i, 0.0) for i in fits), default=0.0)
            if for_people:
                # ... near what answers best, and not named by it already: what was said
                # about stigma names both who spoke of it.
                top = best.score
                people = {i for i in fits if self._kind_of(i) == "speaker"}
                if people <= self._named_in(best.entry_id, "en"):
                    return []
            fits = [i for i in fits if scores.get(i, 0.0) >= top - SEVERAL_MARGIN]
        if kind is not None or for_people:
            fits = [i for i in fits if self._kind_of(i) == (kind or "speaker")]
        fits = self._on_panel(fits, analysis)
        if not either and len(kinds) > 1:
            # "le mec qui fait des vidéos sur <platform>": a man AND a creator, each kind
            # named holds, where one that fits either scored near.
            every_kind = [i for i in fits if all(self._fits(i, t) for t in kinds)]
            if len(every_kind) == 1:
                return every_kind
            fits = every_kind or fits
        kinds = {self._kind_of(i) for i in fits}
        if len(kinds) != 1 or len(fits) < 2:
            return []
        everyone = [i for i in ids if self._kind_of(i) in kinds]
        # A description that fits everyone ("the speakers") asks for the list, not a choice.
        return fits if len(fits) < len(everyone) else []

    def lists_kinds(self, text: str) -> bool:
        """Whether a message lists kinds of speaker one after another, each on its own
        between commas, slashes or brackets: "(psychiatre, psy, thérapeute)"."""
        terms = self.matcher.vocabulary.terms
        alone = [
            chunk
            for chunk in _LIST_SEPARATORS.split(text)
            if len(found := terms(chunk)) == 1 and found[0] in self._descriptors
        ]
        return len(alone) > 1

    def said_by(self, analysis: Analysis) -> list[str]:
        """ "Who said we must give young people tools and support?": the speakers whose part
        of the pack holds most of what the message says, however it is worded, when no
        phrasing of theirs scores high enough to answer."""
        if not self.asks_person(analysis) or analysis.named or UNSAID in analysis.terms:
            return []
        # Words read as others only from afar ("nation" is not "narration") say nothing.
        subject = [
            t
            for t in known_subject(self.matcher, analysis)
            if not self._listed(t) and self.matcher.lookup(t)[0].similarity >= SAID_CLOSENESS
        ]
        # "Les gens de chez Acme, c'est qui ?": the organiser, as what some speakers are, when
        # nothing else is asked of it ("who is the CEO of Acme" is not about them).
        if not subject and not analysis.unknown:
            subject = [t for t in analysis.terms if t in self._organiser]
        # A word the pack never uses may be what is asked about ("who won the Africa Cup?",
        # "l'automutilation chez les jeunes"): then what it knows must say much more, unless
        # it describes people as the speakers' tags do, with one word besides ("the Acme
        # people on stage").
        described = set(subject) <= self._descriptors and len(analysis.unknown) <= 1
        if len(subject) < (
            SAID_WORDS_BESIDE if analysis.unknown and not described else SAID_WORDS
        ):
            return []
        held = {s.id: self.matcher.covers(s.id, subject) for s in self.pack.speakers}
        top = max(held.values(), default=0.0)
        if top < SAID_COVERAGE:
            return []
        return [i for i, share in held.items() if share >= top - SAID_MARGIN]

    def everyone(self, text: str, analysis: Analysis) -> bool:
        """Whether a message asks about every speaker: "names of everyone who spoke + their
        jobs", "أسماء جميع المتدخلين": what each card says, for all of them, is the list."""
        if analysis.named or not (self.asks_person(analysis) or "@spoke" in analysis.terms):
            return False
        if not any(w in lexicon.EVERYONE for w in fold(text).split()):
            return False
        subject = [
            t
            for t in known_subject(self.matcher, analysis)
            if not self._listed(t) and t not in lexicon.EVERYONE
        ]
        return all(t in ATTRIBUTES for t in subject)

    def the_one_named(self, analysis: Analysis, language: str) -> str | None:
        """The speaker a "who" question asks for when what answers it best is an entry that
        names only them: "who is on the NGO's council?" is her, not what the council is."""
        best = analysis.best
        if best is None or analysis.named or not self.asks_person(analysis):
            return None
        entry = self.pack.entry(best.entry_id)
        if self._kind_of(best.entry_id) or (entry and entry.list):
            return None
        named = self._named_in(best.entry_id, language)
        subject = [t for t in known_subject(self.matcher, analysis) if not self._listed(t)]
        if len(named) != 1 or not subject:
            return None
        (one,) = named
        return one if self.matcher.covers(one, subject) >= STORY_COVERAGE else None

    def only_panels(self, analysis: Analysis) -> bool:
        """Whether round tables are all that a message names of what the pack knows, around
        one word it does not know at most: "the 2 panels, in detail", "لخص لي المائدتين"."""
        said = set(analysis.terms)
        # Who, when, where and how many ask something of them the programme does not say.
        if "@panel" not in said or analysis.named or UNSAID in said:
            return False
        if said & lexicon.INTERROGATIVES or len(analysis.unknown) > 1:
            return False
        ordinals = self.matcher.vocabulary.ordinals
        return all(
            t == "@panel" or t in ordinals or self._listed(t)
            for t in known_subject(self.matcher, analysis)
        )

    def panels_summed_up(self, analysis: Analysis) -> bool:
        """Whether a message asks for a summary of the round tables, none in particular: "a
        quick rundown of the sessions", "résumé des tables rondes". The programme is one."""
        said = set(analysis.terms)
        return (
            {"@overview", "@panel"} <= said
            and not analysis.named
            and not said & self.matcher.vocabulary.ordinals
            and not said & lexicon.INTERROGATIVES
            # "le débat sur le numérique, un résumé ?" describes one of them.
            and set(known_subject(self.matcher, analysis)) <= {"@overview", "@panel"}
        )

    def panels_and_speakers(self, analysis: Analysis) -> bool:
        """Whether a message asks for the round tables and who sat on them, and nothing more
        particular: "les panels et leurs intervenants, un récap ?", "both panels and who spoke
        on each". The programme holds both."""
        said = set(analysis.terms)
        if (
            "@panel" not in said
            or not said & {"@speaker", "@spoke"}
            or analysis.named
            or said & {"?howmuch", UNSAID}
            or self.panel_meant(analysis)
        ):
            return False
        ordinals = self.matcher.vocabulary.ordinals
        return not any(t in ordinals for t in said) and all(
            self._listed(t) for t in known_subject(self.matcher, analysis)
        )

    def topics_asked(self, analysis: Analysis) -> bool:
        """Whether a message asks what was talked about at the event as a whole, and nothing
        more particular: "de quoi ils ont parlé en gros ?", "على اشنو هضرو فهاد القمة؟", "les
        thèmes abordés au sommet". The programme holds the topics of every round table."""
        said = set(analysis.terms)
        ordinals = self.matcher.vocabulary.ordinals
        return (
            bool(said & {"@spoke", "@topic"})
            and bool(said & {"?what", "@event"})
            and not analysis.named
            and not said & {"?who", "?when", "?where", "?howmuch", UNSAID}
            and not any(t in ordinals for t in said)
            and all(t == "@topic" for t in known_subject(self.matcher, analysis))
        )

    def numbered(self, analysis: Analysis) -> bool:
        """Whether a message about round tables numbers more than one of them: "table ronde
        lwla chkoun fiha w tanya chkoun", "الجلسة الأولى على شنو والثانية على شنو"."""
        said = set(analysis.terms)
        if "@panel" not in said or analysis.named:
            return False
        return sum(f"#{p.number}" in said for p in self.pack.panels) > 1

    def panel_meant(self, analysis: Analysis) -> str | None:
        """The round table a message that says "round table" means: the one `titled`, or the
        one two words of whose title it uses ("was Doe on the positive impact panel?")."""
        said = set(analysis.terms)
        if "@panel" not in said:
            return None
        titled = self.titled(analysis)
        if titled:
            return titled
        found = self._sharing_titles(said, 0.0)
        return found.pop() if len(found) == 1 else None

    def _sharing_titles(self, said: set[str], share: float) -> set[str]:
        """The round tables two words of whose title the message uses, and this share of it."""
        return {
            panel
            for panel, titles in self._titles.items()
            for title in titles
            if len(title & said) >= 2 and len(title & said) >= share * len(title)
        }

    def titled(self, analysis: Analysis) -> str | None:
        """The one round table whose title the message quotes, most of it at least."""
        said = set(analysis.terms)
        found = self._sharing_titles(said, TITLE_SHARE)
        if not found and "@panel" in said and "?howmuch" not in said:
            # "Et la seconde table ronde, son thème ?": the one its number names, unless the
            # message describes some of its speakers ("the psychiatrists of the first one").
            numbers = {t for t in said if t in self.matcher.vocabulary.ordinals}
            described = [
                t
                for t in known_subject(self.matcher, analysis)
                if any(self._fits(s.id, t) for s in self.pack.speakers) and not self._listed(t)
            ]
            if len(numbers) == 1 and not described:
                found = {p.id for p in self.pack.panels if f"#{p.number}" in numbers}
        return found.pop() if len(found) == 1 else None

    def unlike(self, text: str, analysis: Analysis) -> list[str]:
        """The speakers a description fits once what it rules out is left out: "the psys who
        are not doctors", "les intervenants machi psys", "المختصون غير الأطباء"."""
        # "non-medical" rules out as "not medical" does.
        folded = re.sub(r"\b(non|not)-", r"\1 ", text.lower()).split()
        asks_yes_no = bool(folded) and fold(folded[0]) in lexicon.YES_NO
        negated: set[str] = set()
        for index, word in enumerate(folded):
            # "weren't" folds to two words; "ولا غير" is "or only", no negation.
            before = folded[index - 1] if index else ""
            after_or = fold(before) in lexicon.ALTERNATIVES
            # Darija "غير" opening a clause is "only": "شكون حضرو؟ غير الأطباء؟"; after a
            # noun it is MSA's "other than": "المختصون غير الأطباء".
            # "غير للأطباء" is "only for doctors", and so is "غير" in a yes/no question ("واش
            # كانت القمة غير ...؟").
            after = fold(folded[index + 1]) if index + 1 < len(folded) else ""
            only = fold(word) in lexicon.ONLY and (
                not before
                or before[-1] in _CLAUSE_ENDS
                or fold(before) in lexicon.YES_NO
                or asks_yes_no
                or (after.startswith("ل") and len(after) > 3)
            )
            word = fold(word).strip("?!.,").replace(" ", "")
            if word[:1] == "و" and word[1:] in lexicon.NEGATORS:
                word = word[1:]  # "وماشي": "and not", the conjunction glued on
            if word in lexicon.NEGATORS and not after_or and not only:
                negated.update(self._ruled_out(folded[index + 1 :]))
        if not negated or analysis.named:
            return []
        rest = [
            t
            for t in known_subject(self.matcher, analysis)
            if t in self._descriptors and t not in negated and not self._listed(t)
        ]
        found = [
            s.id
            for s in self.pack.speakers
            if not any(self._fits(s.id, t) for t in negated)
            and all(self._fits(s.id, t) for t in rest)
        ]
        return found if len(found) < len(self.pack.speakers) else []

    def _ruled_out(self, words: list[str]) -> list[str]:
        """The descriptions a negation rules out: the first one in up to five words ("pas des
        professionnels de la santé"), and those joined to it by "or", "nor" ("machi tbib wla
        psy", "ليسوا أطباء ولا معالجين")."""
        terms = self.matcher.vocabulary.terms
        found: list[str] = []
        end = 0
        # Within its clause: "sans tabou. un créateur ..." rules out no creator.
        clause = next((i + 1 for i, w in enumerate(words) if w[-1:] in _CLAUSE_ENDS), len(words))
        for stop in range(1, min(DESCRIPTION_WORDS, clause) + 1):
            # A word every speaker's card holds ("mental", of mental health) rules out no one.
            now = [
                t
                for t in terms(" ".join(words[:stop]))
                if self._describes(t) and self.tells_apart(t)
            ]
            if found and set(found) <= set(now):
                break  # the next word adds nothing to it: the description is whole
            if now:
                # "health" alone, then "health professionals": the longer phrase wins.
                found, end = now, stop
        if not found or (
            end == DESCRIPTION_WORDS and set(terms(" ".join(words[:end]))) - set(found)
        ):
            # Five words are one description only when they read as one, as "des
            # professionnels de la santé" do: "sans arrêt sur Insta et <the platform>" rules
            # out no one, where "pas du domaine médical" rules out "médical" past "domaine".
            return []
        while end + 1 < len(words) and fold(words[end]) in _NOR:
            more = [t for t in terms(" ".join(words[end + 1 : end + 3])) if self._describes(t)]
            if not more:
                break
            found += more
            end += 2
        return found

    def _describes(self, term: str) -> bool:
        """Whether a term describes some speakers, not all: "psychiatre", not "intervenant"."""
        return term in self._descriptors and not self._listed(term)

    def told_apart(
        self, fits: list[str], part: Analysis, whole: Analysis, either: bool = False
    ) -> list[str]:
        """The ones among `fits` that the rest of the message describes best: "my daughter
        compares herself... a psychiatrist spoke about it, what did she say?" asks about the
        psychiatrist who spoke about comparison, not both."""
        story = [t for t in known_subject(self.matcher, whole) if t not in part.terms]
        if len(fits) < 2 or not story:
            return fits
        # "... the clinical psychologist who speaks at this summit, what strategies he
        # propose?": a kind of person the rest names tells them apart by itself, unless it
        # is one more kind asked for ("... the staff or the creators?").
        kinds = [t for t in story if t in self._descriptors and not either]
        described = [i for i in fits if kinds and all(self._fits(i, t) for t in kinds)]
        if described:
            return described
        held = {i: self.matcher.covers(i, story) for i in fits}
        top = max(held.values())
        if top < STORY_COVERAGE:
            return fits
        return [i for i in fits if held[i] >= top]

    @staticmethod
    def asks_person(analysis: Analysis) -> bool:
        """ "Who...", "which speakers...", "quels intervenants...": the answer is people."""
        said = set(analysis.terms)
        return "?who" in said or bool(said & PERSON)

    def _listed(self, term: str) -> bool:
        """Whether the programme or speaker lists hold a word ("speakers", "round table"): it
        describes all of them, so it tells none apart."""
        return any(self.matcher.covers(i, [term]) for i in self._lists)

    def tells_apart(self, term: str) -> bool:
        """Whether a kind of person fits some speakers and not others ("psychiatrist", not
        "speaker")."""
        return not all(self._fits(s.id, term) for s in self.pack.speakers)

    def _fits(self, entry_id: str, term: str) -> bool:
        return self.matcher.covers(entry_id, [term]) >= FITS_COVERAGE

    def kinds_on_panel(self, analysis: Analysis) -> list[str]:
        """ "Who were the women on the first round table?": the speakers of the one round
        table the message counts who are every kind of person it names, from the programme
        itself (their phrasings hardly score: the round table's own say "first")."""
        said = set(analysis.terms)
        kinds = [t for t in analysis.terms if t in self._descriptors]
        # "Which women...", or a bare "les femmes de la première table ronde ?", asks for them.
        asks = self.asks_person(analysis) or said & ASKING <= {"?what"}
        panels = self._counted_panels(analysis)
        if analysis.named or not kinds or len(panels) != 1 or not asks:
            return []
        # Nothing else may describe them: "the renowned psychiatrist on the first round
        # table" is one of the two, and a writer's own story ("je suis médecin") is no
        # description of anyone.
        numbers = self.matcher.vocabulary.ordinals
        rest = [
            t
            for t in known_subject(self.matcher, analysis)
            if t not in kinds and t not in numbers and not self._listed(t)
        ]
        if rest:
            return []
        return [
            s.id
            for s in self.pack.speakers
            if s.panel in panels and all(self._fits(s.id, t) for t in kinds)
        ]

    def _on_panel(self, fits: list[str], analysis: Analysis) -> list[str]:
        """The speakers among `fits` who sat on the round table the message counts: "the
        psychologists of the 2nd round table"."""
        panels = self._counted_panels(analysis)
        if not panels:
            return fits
        return [i for i in fits if (s := self.pack.speaker(i)) is None or s.panel in panels]

    def _counted_panels(self, analysis: Analysis) -> set[str]:
        """The round tables a message counts: "the 2nd round table", "الطابلة اللولة"."""
        if "@panel" not in analysis.terms:
            return set()
        return {p.id for p in self.pack.panels if f"#{p.number}" in analysis.terms}

    def _kind_of(self, entry_id: str) -> str | None:
        if self.pack.speaker(entry_id):
            return "speaker"
        if self.pack.panel(entry_id):
            return "panel"
        return None

"""The engine's score scale: what answers, what is asked back, what is only suggested, and how
much of a message an entry must cover."""

from __future__ import annotations

# Scores are 0-100. At or above ANSWER the best entry answers; within CLARIFY_MARGIN of it
# other entries make the reply a question; between SUGGEST and ANSWER the bot admits it does
# not know and offers the close entries. Tuned on tests/eval/questions.yaml.
ANSWER_THRESHOLD = 60.0
# Scores are rounded to this: the highest score below ANSWER_THRESHOLD is this much below.
SCORE_STEP = 0.1
CLARIFY_MARGIN = 2.0
SUGGEST_THRESHOLD = 40.0
# Entries scored in full per message: enough for every speaker a description may fit.
CANDIDATES = 8
# The share of a message's subject words (by weight) an entry must cover to answer it: a
# concert in town is not the next edition, though both are "next" and "when".
MIN_COVERAGE = 0.5
# A whole message answering at this score or above is not matched part by part, and a word
# that answers this well alone is one of the pack's facts (`bot.choices`).
CONFIDENT = 95.0
# A part cut out of a long message around its question word needs less: what is left around
# the question is mostly the story the asker tells ("for my intro para").
PART_COVERAGE = 0.35

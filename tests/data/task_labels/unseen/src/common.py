"""Tiny helpers for hand-written holdout examples.

ex(label, turns, lang="en")
  turns: either a plain string (a single user message) or a list of
         (role, content) tuples; roles are "system", "user", "assistant".
  lang:  language of the final user instruction (metadata only, used for the
         report; it is NOT written to the jsonl file).
"""

VALID = {"translation", "summarization", "extraction", "creative",
         "math", "code", "reasoning", "chat"}


def ex(label, turns, lang="en"):
    assert label in VALID, label
    if isinstance(turns, str):
        turns = [("user", turns)]
    msgs = [{"role": r, "content": c} for r, c in turns]
    return {"label": label, "messages": msgs, "_lang": lang}

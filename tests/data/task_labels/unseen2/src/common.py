"""Tiny helper for the hand-written examples: one ex() call per prompt.

`lang` is the language of the final user instruction; it is kept for the
statistics in build.py only and never written to the jsonl.
"""

LABELS = ("code", "chat", "math", "reasoning", "creative", "extraction", "translation", "summarization")
ROLES = ("system", "user", "assistant")


def ex(lang, *turns):
    """A plain string is a user turn; ("system"|"assistant"|"user", text) tuples give other roles."""
    messages = []
    for turn in turns:
        role, content = ("user", turn) if isinstance(turn, str) else turn
        messages.append({"role": role, "content": content.strip()})
    return {"lang": lang, "messages": messages}


def system(text):
    return ("system", text)


def bot(text):
    return ("assistant", text)


def user(text):
    return ("user", text)

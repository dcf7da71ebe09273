"""Google Gemini (generateContent): API style `gemini`.

`adapter` does the HTTP; `request`, `response`, `stream`, `errors` and `schema` are
the pure translations between OpenAI's chat format and Gemini's, reusable without
aiohttp.
"""

from .adapter import GeminiAdapter

__all__ = ["GeminiAdapter"]

"""Amazon Bedrock Converse / ConverseStream (api_style `bedrock_converse`).

`request` (OpenAI -> Converse), `response` (Converse -> OpenAI, usage, finish
reasons), `stream` (event-stream frames -> chunks), `errors` (Bedrock error names ->
`UpstreamError`), `signing` (SigV4, `sigv4`) and `eventstream` (binary frames) are
pure; `adapter` does the I/O.
"""

from .adapter import BedrockConverseAdapter

__all__ = ["BedrockConverseAdapter"]

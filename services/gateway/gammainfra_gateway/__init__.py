"""GammaInfra gateway: the public OpenAI/Anthropic-compatible API.

Owns accounts, API keys (bcrypt) and BYOK keys (AES-256-GCM) in the `gateway`
PostgreSQL schema; emits one metadata-only event per request to llm.requests.v1.
"""

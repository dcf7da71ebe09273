"""Operator replay of llm.requests.v1 into a scratch schema, and the billing audit."""

"""Inbound APIs other than OpenAI's, translated to and from the gateway's internal
(OpenAI-shaped) request and answer, so routing, fallback, events and privacy rules
are the same whatever a client speaks."""

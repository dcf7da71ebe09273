"""GammaInfra router: turns llm.requests.v1 into per-endpoint health scores and
the routing policy, published to Redis and the compacted routing.health.v1 topic.
Holds nothing that cannot be rebuilt from the topics."""

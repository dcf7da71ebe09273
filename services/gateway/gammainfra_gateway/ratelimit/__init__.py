"""Request rate limits: Redis (shared by every gateway process) with an
in-process fallback when Redis is unreachable."""

"""GammaInfra plumbing shared by every service.

Generic infrastructure only: settings, logging, metrics, the ops HTTP server,
Kafka producer/consumer plumbing, PostgreSQL pool and migrations, Redis client.
No business rules live here; services never import each other, only this and
`gammainfra_schemas`.
"""

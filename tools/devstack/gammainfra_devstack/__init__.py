"""Local GammaInfra stack: real Kafka, PostgreSQL and Redis as plain processes."""

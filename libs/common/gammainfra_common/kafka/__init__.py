"""Kafka plumbing: CloudEvents envelope, producer wrapper, admin helpers."""

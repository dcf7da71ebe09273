"""GammaInfra's versioned contracts, loaded from the `schemas/` folder.

Modules (each owns one thing):

- `paths`          where the data files live (`schemas_root()`, honours GI_SCHEMAS_DIR)
- `topics`         topic metadata (`topic.yaml`), JSON Schemas, validators, examples
- `llm_requests_v1` typed model of the `llm.requests.v1` payload
- `catalog`        the versioned model/price catalog (providers, endpoints, models, offerings)
- `pricing`        the integer micro-USD pricing rule shared by gateway and metering
- `compat`         the backward-compatibility checker and its CLI
- `timestamps`     the RFC 3339 UTC format every event uses

Nothing here does I/O other than reading files under `schemas_root()` (and `git`
in the compat CLI); nothing holds mutable module state beyond read-only caches.
"""

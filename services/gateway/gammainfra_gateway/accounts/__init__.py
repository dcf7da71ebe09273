"""The self-service account API's service layer: validation (`domain`), PostgreSQL
(`store`), accounts.v1 events (`events`) and the use cases (`service`)."""

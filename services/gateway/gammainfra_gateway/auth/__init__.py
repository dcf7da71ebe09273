"""Authentication of GammaInfra API keys (`gi-<key_id>-<secret>`)."""

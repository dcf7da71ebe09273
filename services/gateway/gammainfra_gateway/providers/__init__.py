"""Provider adapters: one per API style, behind `registry.AdapterRegistry`."""

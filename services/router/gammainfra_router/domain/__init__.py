"""Pure routing-health rules: observations, sliding windows, circuit states, scores,
per-label statistics and the snapshot documents built from them. No I/O."""

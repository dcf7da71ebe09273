"""Pure metering rules: months and partitions, the cost check. No I/O imports."""

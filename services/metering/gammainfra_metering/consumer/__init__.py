"""The metering consumer: decode -> validate -> check cost -> ledger sink -> commit."""

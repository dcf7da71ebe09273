"""The internal export API of the metering service (its own port, not public)."""

"""The `gammainfra` operator CLI."""

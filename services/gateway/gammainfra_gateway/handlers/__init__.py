"""HTTP handlers: translate the request, call the domain, translate the answer."""

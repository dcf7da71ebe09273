"""The customer console: static files served under `/console/` (same origin as the
API, so no CORS), and nothing else. It adds no server-side authority: every piece
of data it shows comes from the public API with the customer's own key, which the
browser sends itself. See `assets.py` (what is served, versioned by content hash)
and `routes.py` (the headers every console response carries)."""

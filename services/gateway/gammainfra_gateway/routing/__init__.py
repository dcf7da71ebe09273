"""Choosing and ordering the endpoints a request may be served by."""

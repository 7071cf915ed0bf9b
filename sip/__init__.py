"""The SIP and media engine around pjsua2. Knows no Qt and no store.

One engine thread owns the pjsua2 Endpoint; the rest of the app sends it commands (futures)
and receives events (frozen dataclasses). See shared/ARCHITECTURE.md.
"""

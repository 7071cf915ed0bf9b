"""The portal service: an HTTP API (and an embeddable widget) for web portals.

A separate process (`softphone portal serve`), FastAPI on uvicorn, that talks to the store only
through `crm.portal_store` (with the answer and attachment types of `crm.portal_answers` and
`crm.portal_tickets`) and `crm.portal_keys`. It imports no Qt: an import-linter contract keeps
it so.
"""

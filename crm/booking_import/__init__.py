"""Callback bookings from outside: web-form exports (JSON or CSV files) and a portal's table.

A caller books "call me now" or "call me back at/between ..." on a web portal. The bookings reach
the queue in one of two ways, both validated by the same rules and applied through the same
write (`callback.request` in `crm.callback_writes`, which merges a second booking for an open
request on the same number and topic into the first):

- `ingest.import_bookings`: a file exported from the form, all or nothing. Every problem of
  every row is reported with its line number; if there is one, nothing is imported. Otherwise all
  rows go in one transaction, each with an idempotency key made of the file's hash and the row's
  line, so importing the same file again changes nothing.
- `ingest.ingest_bookings`: the table interface. A portal inserts rows into `callback_bookings`
  (its database login may do nothing else); any agent's app takes the new rows into the queue,
  marks each `queued` (with the request it became) or `rejected` (with the reason), one savepoint
  per row so that one bad booking does not hold up the others.

The three modules, one job each (and each importing only the ones before it):

- `formats`: a file's bytes -> source records (JSON array, JSON Lines, CSV), with line numbers.
- `validation`: a source record -> a valid `Booking`, or every problem it has; the field rules.
- `ingest`: valid bookings -> the store, idempotently, with a report of what happened.

This package is stdlib, SQLAlchemy and phonenumbers only (the `crm` layer).
"""

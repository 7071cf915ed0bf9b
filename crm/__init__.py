"""The ticket store: models, migrations, queries and demo data. Knows no Qt and no SIP."""

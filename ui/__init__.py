"""PySide6 widgets and view models. Knows neither pjsua2 nor SQLAlchemy: it is handed plain data."""

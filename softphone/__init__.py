"""The application: wiring, services, CLI, settings, demo and benchmarks."""

__version__ = "0.1.0"
APP_NAME = "contact-softphone"
APP_DISPLAY_NAME = "Contact Softphone"

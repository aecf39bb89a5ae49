"""mdt-desktop: case conferences of Thai multidisciplinary teams, on an encrypted local database."""

__version__ = "0.1.0"

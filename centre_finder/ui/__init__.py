"""The Qt face of Centre Finder: a thin layer over `centre_finder.core`."""

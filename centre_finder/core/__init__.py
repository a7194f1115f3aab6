"""The Qt-free core: reference data, search, locations and distances."""

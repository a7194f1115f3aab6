"""The search: locations, ranking of centres, and the "why" of each result."""

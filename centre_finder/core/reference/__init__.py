"""The reference database: curated sources, the build, loading, updates, recovery and coverage."""

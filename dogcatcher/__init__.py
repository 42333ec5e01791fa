"""Dogcatcher: production errors in Datadog → de-duplicated, well-written Jira tickets."""

__version__ = "0.1.0"

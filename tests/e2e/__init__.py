"""End-to-end tests: a real `prefect server`, real workers and the commands a CI job runs."""

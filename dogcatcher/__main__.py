"""``python -m dogcatcher`` runs the CLI."""

from dogcatcher.cli import main

main()

"""The real agent CLIs (claude, codex, opencode) run through our backends against a scripted model."""

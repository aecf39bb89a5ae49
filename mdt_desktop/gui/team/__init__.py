"""The team's directory: bodies and their members, agencies, and the areas they belong to; with their item models."""

"""Small reusable input widgets shared by the editors: Buddhist-Era date entry and agency picking."""

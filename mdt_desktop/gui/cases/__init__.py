"""Cases: the case list, a case's consent and restricted identity record; with the case item model."""

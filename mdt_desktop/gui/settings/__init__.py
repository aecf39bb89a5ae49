"""Settings: language, the team's label, holidays, passphrase, recovery code, keyring and the signing certificate."""

"""The provincial centre and the exchange: the centre's page over what the districts sent, the import of their
packages, the trusted districts, and the district's dialog that sends a package to its centre."""

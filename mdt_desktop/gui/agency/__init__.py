"""The agency officer's part of the program: their agency's open actions and the progress they report on them."""

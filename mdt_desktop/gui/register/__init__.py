"""The action register: every action across meetings with its status, deadlines and progress; with its item model."""

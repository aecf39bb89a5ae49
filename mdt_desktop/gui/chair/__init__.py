"""The chair's screen: the projector's window that follows the meeting and shows only what is safe to show."""

"""The app's screens: home (set up), practice (the live take), report (the verdict) and dialogs."""

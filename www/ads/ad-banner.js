/* qbo-check bait file. It does nothing. Content blockers stop files with names like this one,
   so if it fails to load, a blocker is active and may be stopping parts of QuickBooks too. */

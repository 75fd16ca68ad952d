-- A turn lock is a lease that lives for one turn: it needs no WAL (two fewer flushed writes a
-- turn), and after a crash of the database its holders' connections are gone, so an empty
-- table is the right state to restart in.
ALTER TABLE "turn_locks" SET UNLOGGED;

-- Applied migrations are recorded once, by GRDB's migrator in grdb_migrations. Until now each
-- was also kept here with its checksum; the checksums are now pinned in the repository and
-- checked by its tests, and wlog checked this table one last time before running this file.
DROP TABLE IF EXISTS wlog_migration;

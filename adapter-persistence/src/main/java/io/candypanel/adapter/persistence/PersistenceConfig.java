package io.candypanel.adapter.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the panel keeps its database.
 *
 * @param dataDirectory the panel's data directory; the SQLite file is {@code <dataDirectory>/candypanel.db},
 *                      its snapshots are in {@code <dataDirectory>/backups}
 */
public record PersistenceConfig(Path dataDirectory) {
    static final String DATABASE_FILE_NAME = "candypanel.db";
    static final String BACKUPS_DIRECTORY_NAME = "backups";

    public PersistenceConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    /** The SQLite database file inside the data directory. */
    public Path databaseFile() {
        return dataDirectory.resolve(DATABASE_FILE_NAME);
    }

    /** The directory of the database's snapshots ({@link SqliteBackups}). */
    public Path backupsDirectory() {
        return dataDirectory.resolve(BACKUPS_DIRECTORY_NAME);
    }
}

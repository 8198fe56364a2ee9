package io.candypanel.adapter.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the panel keeps its database.
 *
 * @param dataDirectory the panel's data directory; the SQLite file is {@code <dataDirectory>/candypanel.db}
 */
public record PersistenceConfig(Path dataDirectory) {
    static final String DATABASE_FILE_NAME = "candypanel.db";

    public PersistenceConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    /** The SQLite database file inside the data directory. */
    public Path databaseFile() {
        return dataDirectory.resolve(DATABASE_FILE_NAME);
    }
}

package io.candypanel.application.contract;

import io.candypanel.application.core.StoragePorts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of every port contract: each test gets a fresh, empty store from {@link #openStorage} and
 * closes it afterwards. An adapter runs a contract by subclassing it and implementing
 * {@link #openStorage} (a database adapter creates its files in the given directory).
 *
 * <p>Rules every implementation must meet, and where JDBC and memory may differ:
 * <ul>
 *   <li>Instants survive to the millisecond (a database may drop finer digits); the contracts use
 *       whole milliseconds.</li>
 *   <li>A broken constraint (a unique key, a missing referenced row) throws some unchecked exception
 *       (the type is the adapter's own) and keeps nothing of the failed call.</li>
 *   <li>"Not found" on an update is the application's {@code *NotFoundException}.</li>
 *   <li>Loaded aggregates are copies: changing one changes nothing stored until it is saved.</li>
 * </ul>
 */
public abstract class StorageContract {
    @TempDir
    protected Path storageDirectory;

    private StorageUnderTest storage;

    /** A new, empty store (not installed, no rows, settings at their defaults). */
    protected abstract StorageUnderTest openStorage(Path directory);

    @BeforeEach
    public final void openTheStorage() {
        storage = openStorage(storageDirectory);
    }

    @AfterEach
    public final void closeTheStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    protected final StoragePorts ports() {
        return storage.ports();
    }
}

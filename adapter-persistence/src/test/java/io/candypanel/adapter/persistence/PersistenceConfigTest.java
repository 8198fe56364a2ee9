package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PersistenceConfigTest {

    @Test
    void theDatabaseFileIsCandypanelDbInTheDataDirectory() {
        PersistenceConfig config = new PersistenceConfig(Path.of("data"));

        assertEquals(Path.of("data"), config.dataDirectory());
        assertEquals(Path.of("data", "candypanel.db"), config.databaseFile());
    }

    @Test
    void backupsAreInTheBackupsDirectoryOfTheDataDirectory() {
        assertEquals(Path.of("/var/lib/candypanel/backups"), new PersistenceConfig(Path.of("/var/lib/candypanel")).backupsDirectory());
    }

    @Test
    void anAbsoluteDataDirectoryIsKeptAsGiven() {
        assertEquals(Path.of("/var/lib/candypanel/candypanel.db"),
                new PersistenceConfig(Path.of("/var/lib/candypanel")).databaseFile());
    }

    @Test
    void theDataDirectoryIsRequired() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new PersistenceConfig(null));
        assertEquals("dataDirectory", e.getMessage());
    }
}

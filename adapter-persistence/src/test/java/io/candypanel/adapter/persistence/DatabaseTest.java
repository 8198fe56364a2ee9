package io.candypanel.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The pool configuration, without opening anything. */
class DatabaseTest {

    @Test
    void everyConnectionIsOpenedWithThePragmasAsDriverProperties() {
        HikariConfig hikari = Database.poolConfig(Path.of("/srv/data/candypanel.db"));

        assertEquals("jdbc:sqlite:/srv/data/candypanel.db", hikari.getJdbcUrl());
        Properties properties = hikari.getDataSourceProperties();
        assertEquals("WAL", properties.getProperty("journal_mode"));
        assertEquals("true", properties.getProperty("foreign_keys"));
        assertEquals("NORMAL", properties.getProperty("synchronous"));
        assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MILLIS), properties.getProperty("busy_timeout"));
        assertTrue(hikari.isAutoCommit(), "transactions begin explicitly with BEGIN IMMEDIATE");
    }

    @Test
    void aRelativeDataDirectoryBecomesAnAbsoluteUrl() {
        String url = Database.jdbcUrl(Path.of("data", "candypanel.db"));

        assertTrue(url.startsWith("jdbc:sqlite:/"), url);
        assertTrue(url.endsWith("/data/candypanel.db"), url);
    }

    @Test
    void createNeedsAConfig() {
        assertThrows(NullPointerException.class, () -> Database.create(null));
    }
}

package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.backup.InvalidBackupException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Decides whether a file may replace the panel's database, reading it through a read-only SQLite
 * connection of its own (never the pool): it must be an intact SQLite database, have the panel's
 * tables, and its schema must not be newer than this build's. Every refusal is an
 * {@link InvalidBackupException} whose message says what is wrong.
 */
final class SnapshotValidator {
    static final String CHANGELOG_TABLE = "DATABASECHANGELOG";
    static final String CHANGELOG_LOCK_TABLE = "DATABASECHANGELOGLOCK";
    /** Lower case: SQLite table names are case-insensitive. */
    static final Set<String> REQUIRED_TABLES = Set.of(CHANGELOG_TABLE.toLowerCase(Locale.ROOT),
            "interfaces", "clients", "settings", "admin_account", "sessions", "api_tokens");
    private static final int LISTED = 5;

    private SnapshotValidator() {
    }

    /**
     * Checks {@code candidate}; {@code known} maps the id of every change set this build has run to
     * its checksum (from the live database's changelog, which equals this build's after migration).
     * Opening a database read-only may leave {@code -wal}/{@code -shm} files beside it; callers
     * validate a copy of their own.
     */
    static void check(Path candidate, String label, Map<String, String> known) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(readOnlyUrl(candidate))) {
            checkIntegrity(connection, label);
            checkTables(connection, label);
            checkChangeSets(connection, label, known);
            checkNotMigrating(connection, label);
        } catch (SQLException e) {
            throw new InvalidBackupException(label + " " + describe(e) + ".");
        }
    }

    /** A URI (so that {@code mode=ro} applies) with the path percent-encoded: spaces, {@code ?} and {@code #} stay in the path. */
    static String readOnlyUrl(Path file) {
        return "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro";
    }

    private static String describe(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return "is not an SQLite database";
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return "is damaged (" + e.getMessage() + ")";
            }
        }
        return "cannot be read as a CandyPanel database (" + e.getMessage() + ")";
    }

    private static void checkIntegrity(Connection connection, String label) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next() && problems.size() < 3) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new InvalidBackupException(label + " is damaged (integrity check: " + String.join("; ", problems) + ").");
        }
    }

    private static void checkTables(Connection connection, String label) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                present.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> missing = new TreeSet<>(REQUIRED_TABLES);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new InvalidBackupException(label + " is not a CandyPanel database (missing tables: "
                    + String.join(", ", missing) + ").");
        }
    }

    private static void checkChangeSets(Connection connection, String label, Map<String, String> known) throws SQLException {
        Set<String> unknown = new TreeSet<>();
        Set<String> altered = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ID, MD5SUM FROM " + CHANGELOG_TABLE)) {
            while (rows.next()) {
                String id = rows.getString(1);
                if (!known.containsKey(id)) {
                    unknown.add(id);
                } else if (checksumsDiffer(rows.getString(2), known.get(id))) {
                    altered.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidBackupException(label + " comes from a newer CandyPanel: its schema has changes this version"
                    + " does not know (" + listed(unknown) + "). Upgrade CandyPanel before restoring it.");
        }
        if (!altered.isEmpty()) {
            throw new InvalidBackupException(label + " has schema changes that differ from this version's although they"
                    + " have the same id (" + listed(altered) + "); it was not made by a CandyPanel release.");
        }
    }

    /**
     * Liquibase prefixes a checksum with the version of its algorithm ({@code 9:…}) and recomputes
     * older ones itself, so only checksums of the same version are compared. A missing one
     * (cleared on purpose to be recomputed) is accepted.
     */
    private static boolean checksumsDiffer(String candidate, String live) {
        if (candidate == null || live == null) {
            return false;
        }
        int candidateVersion = candidate.indexOf(':');
        int liveVersion = live.indexOf(':');
        if (candidateVersion < 0 || liveVersion < 0
                || !candidate.substring(0, candidateVersion).equals(live.substring(0, liveVersion))) {
            return false;
        }
        return !candidate.equals(live);
    }

    /** A copy taken while Liquibase held its lock would make the migration after the swap wait for minutes, then fail. */
    private static void checkNotMigrating(Connection connection, String label) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, CHANGELOG_LOCK_TABLE, null)) {
            if (!tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + CHANGELOG_LOCK_TABLE + " WHERE LOCKED <> 0")) {
            if (rows.next() && rows.getLong(1) > 0) {
                throw new InvalidBackupException(label + " was copied while a schema migration was running"
                        + " (its DATABASECHANGELOGLOCK is held); take a snapshot of a database that is not being migrated.");
            }
        }
    }

    private static String listed(Set<String> ids) {
        List<String> shown = new ArrayList<>(ids).subList(0, Math.min(LISTED, ids.size()));
        String more = ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more" : "";
        return String.join(", ", shown) + more;
    }
}

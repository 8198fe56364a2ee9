package io.candypanel.adapter.persistence;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.BackupNotFoundException;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.application.port.out.backup.BackupPort;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots of the SQLite database in the backups directory ({@code <data dir>/backups}, 0700),
 * and restoring one of them (or an outside file) in place of the live database.
 *
 * <h2>Snapshots</h2>
 * {@code VACUUM INTO} on a pooled connection outside any transaction: SQLite copies one read
 * snapshot of the database (WAL mode lets writers go on meanwhile), compacted, to
 * {@code candypanel-<yyyyMMdd-HHmmss-SSS>.db}, named from the clock in UTC and never from user
 * input. The file is created empty with mode 0600 before SQLite fills it (so it is never readable by
 * others, and creating it reserves the name: a name already taken moves on by a millisecond).
 *
 * <h2>Names</h2>
 * Only regular files named exactly {@code candypanel-\d{8}-\d{6}-\d{3}\.db} are backups; their
 * time is read from the name. A name given to {@link #find} or {@link #restore} is looked up in
 * that listing, so {@code ../candypanel.db} or {@code /etc/passwd} is simply not found: no path is
 * ever built from the caller's text.
 *
 * <h2>Restoring</h2>
 * <ol>
 *   <li>The candidate is copied to a 0600 temp file in the data directory and that copy is
 *       checked through a read-only connection of its own ({@link SnapshotValidator}): an intact
 *       SQLite file ({@code PRAGMA integrity_check}), the panel's tables and
 *       {@code DATABASECHANGELOG}, and no change set this build does not know (a newer schema).
 *       A refusal is an {@link InvalidBackupException}; the live database is not touched.</li>
 *   <li>The database is then held exclusively ({@link Database#exclusively}): running
 *       transactions and statements finish, new ones wait (they are not refused) until the end.</li>
 *   <li><b>A safety snapshot of the live database is taken first</b>, an ordinary backup in this
 *       directory, so a wrong restore is undone by restoring that one.</li>
 *   <li>The pool is closed, stale {@code -wal}/{@code -shm} files are deleted, the checked copy is
 *       renamed over {@code candypanel.db} (atomically), the pool is opened again and Liquibase
 *       runs, so that a snapshot of an older version is brought up to this version's schema.</li>
 *   <li>If that fails (the migration refuses the file), the safety snapshot is put back the same
 *       way and the restore fails with an {@link InvalidBackupException}.</li>
 * </ol>
 * A statement that had already obtained its connection when the pool closes cannot exist (it
 * would hold the gate); one that is waiting reads the restored database once it is open.
 */
public final class SqliteBackups implements BackupPort {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteBackups.class);
    static final Pattern NAME = Pattern.compile("candypanel-(\\d{8}-\\d{6}-\\d{3})\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withResolverStyle(ResolverStyle.STRICT);
    /** How many following milliseconds a snapshot may move on to when its name is taken. */
    private static final int NAME_ATTEMPTS = 1_000;

    private final Database database;
    private final Path directory;
    private final Clock clock;

    /** Backups in {@code config.backupsDirectory()}; {@code database} must be the one made from the same config. */
    public SqliteBackups(Database database, PersistenceConfig config, Clock clock) {
        this(database, Objects.requireNonNull(config, "config").backupsDirectory(), clock);
    }

    /** Backups in {@code backupsDirectory}, which is created (0700) on the first snapshot. Does no I/O. */
    public SqliteBackups(Database database, Path backupsDirectory, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.directory = Objects.requireNonNull(backupsDirectory, "backupsDirectory").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A consistent snapshot of the live database, taken while writers go on. Refused inside a
     * transaction ({@code VACUUM} cannot run in one, and it needs a connection of its own).
     */
    @Override
    public BackupInfo snapshot() {
        requireNoTransaction("A snapshot");
        Path target = reserveFile();
        // A bound parameter, not a quoted literal: whatever the directory's name, nothing can be injected.
        String path = target.toString();
        try {
            database.withConnection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
                    statement.setString(1, path);
                    statement.execute();
                }
                return null;
            });
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            OwnerOnlyFiles.restrictExisting(target);
        } catch (IOException e) {
            deleteAfterFailure(target, e);
            throw new PersistenceException("Cannot write the snapshot " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteAfterFailure(target, e);
            throw e;
        }
        BackupInfo info = info(target).orElseThrow(
                () -> new PersistenceException("The snapshot " + target + " disappeared right after it was written."));
        LOG.info("Database snapshot {} written ({} bytes).", info.name(), info.sizeBytes());
        return info;
    }

    /** Newest first; empty when no snapshot was ever taken. */
    @Override
    public List<BackupInfo> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupInfo> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> info(file).ifPresent(backups::add));
        } catch (IOException e) {
            throw new PersistenceException("Cannot list the backups in " + directory + ": " + e.getMessage(), e);
        }
        // The time in the name has a fixed width, so the names sort chronologically.
        backups.sort(Comparator.comparing(BackupInfo::name).reversed());
        return List.copyOf(backups);
    }

    /** The backup of that exact name in {@link #list()}; any other text (a path, {@code ..}) is not found. */
    @Override
    public Optional<BackupInfo> find(String name) {
        Objects.requireNonNull(name, "name");
        return list().stream().filter(backup -> backup.name().equals(name)).findFirst();
    }

    /**
     * Replaces the live database with the named backup; see the class comment. A safety snapshot
     * of the live database is taken first (it is the newest backup afterwards). Throws
     * {@link BackupNotFoundException} for an unknown name and {@link InvalidBackupException} (the
     * live database untouched) for a file that is not a panel database or has a newer schema.
     */
    @Override
    public void restore(String name) {
        BackupInfo backup = find(name).orElseThrow(() -> new BackupNotFoundException(name));
        restoreFrom(directory.resolve(backup.name()), "Backup '" + backup.name() + "'");
    }

    /**
     * Replaces the live database with a file from outside the backups directory (the CLI's
     * {@code restore FILE}), with the same checks and the same safety snapshot as {@link #restore}.
     * The file must be a closed database or a snapshot: one with a {@code -wal} or {@code -journal}
     * file beside it is refused, because its main file alone may be incomplete.
     *
     * @return the safety snapshot of the database as it was before
     */
    public BackupInfo restoreFromFile(Path file) {
        Objects.requireNonNull(file, "file");
        return restoreFrom(file.toAbsolutePath(), "File " + file);
    }

    /** Deletes all but the newest {@code keep} backups; returns how many were deleted. */
    @Override
    public int prune(int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must not be negative: " + keep);
        }
        List<BackupInfo> backups = list();
        int deleted = 0;
        for (BackupInfo old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                if (Files.deleteIfExists(directory.resolve(old.name()))) {
                    deleted++;
                }
            } catch (IOException e) {
                throw new PersistenceException("Cannot delete the backup " + old.name() + ": " + e.getMessage(), e);
            }
        }
        if (deleted > 0) {
            LOG.info("Deleted {} old backup(s), kept the newest {}.", deleted, keep);
        }
        return deleted;
    }

    private BackupInfo restoreFrom(Path source, String label) {
        requireNoTransaction("A restore");
        if (!Files.isRegularFile(source)) {
            throw new InvalidBackupException(label + " is not a regular file.");
        }
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Path sidecar = sibling(source, suffix);
            if (sizeOrZero(sidecar) > 0) {
                throw new InvalidBackupException(label + " has " + sidecar.getFileName() + " beside it: it is in use or was"
                        + " not closed cleanly, so the file alone may be incomplete. Restore a snapshot instead.");
            }
        }
        Map<String, String> known = liveChangeSets();
        Path staged = stage(source);
        try {
            SnapshotValidator.check(staged, label, known);
            deleteSidecars(staged);
            return database.exclusively(() -> swap(staged, label));
        } finally {
            deleteQuietly(staged);
            deleteSidecars(staged);
        }
    }

    /** Runs while the database is held exclusively. */
    private BackupInfo swap(Path staged, String label) {
        BackupInfo safety = snapshot();
        LOG.warn("Restoring {}; the database as it was is saved as backup {}.", label, safety.name());
        try {
            database.replaceFile(staged);
        } catch (RuntimeException failure) {
            putBack(safety, label, failure);
        }
        LOG.warn("Restored {}.", label);
        return safety;
    }

    /** Puts the safety snapshot back after a failed swap; always throws. */
    private void putBack(BackupInfo safety, String label, RuntimeException failure) {
        LOG.error("Restoring {} failed after the swap; putting back the previous database from backup {}.",
                label, safety.name(), failure);
        Path again = null;
        try {
            again = stage(directory.resolve(safety.name()));
            database.replaceFile(again);
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
            throw new PersistenceException(label + " could not be opened (" + failure.getMessage() + "), and putting the"
                    + " previous database back failed too. It is saved as backup " + safety.name()
                    + ": restore that file before starting the panel again.", failure);
        } finally {
            if (again != null) {
                deleteQuietly(again);
            }
        }
        throw new InvalidBackupException(label + " could not be brought up to this version's schema ("
                + failure.getMessage() + "). The previous database is back in place.");
    }

    /** Each change set this build has run, with its checksum: the live database's changelog after migration. */
    private Map<String, String> liveChangeSets() {
        return database.withConnection(connection -> {
            Map<String, String> changeSets = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT ID, MD5SUM FROM " + SnapshotValidator.CHANGELOG_TABLE)) {
                while (rows.next()) {
                    changeSets.put(rows.getString(1), rows.getString(2));
                }
            }
            return changeSets;
        });
    }

    /**
     * A private copy of {@code source} in the data directory (next to the database, so it can be
     * renamed over it): what is checked is exactly what is swapped in, whatever happens to the
     * source meanwhile.
     */
    private Path stage(Path source) {
        Path dataDirectory = database.file().toAbsolutePath().getParent();
        Path staged = null;
        try {
            staged = Files.createTempFile(dataDirectory, ".candypanel.db.restore-", ".tmp", ownerOnly(dataDirectory));
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(staged, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                long size = in.size();
                long position = 0;
                while (position < size) {
                    long copied = in.transferTo(position, size - position, out);
                    if (copied <= 0) {
                        break;
                    }
                    position += copied;
                }
                out.force(true);
            }
            return staged;
        } catch (IOException e) {
            if (staged != null) {
                deleteQuietly(staged);
            }
            throw new PersistenceException("Cannot copy " + source + " into " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** Creates the next free {@code candypanel-<time>.db}, empty and 0600 ({@code VACUUM INTO} accepts an empty file). */
    private Path reserveFile() {
        try {
            OwnerOnlyFiles.createDirectory(directory);
        } catch (IOException e) {
            throw new PersistenceException("Cannot create the backups directory " + directory + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        for (int i = 0; i < NAME_ATTEMPTS; i++) {
            Path target = directory.resolve(nameAt(now.plusMillis(i)));
            // Built here from the clock alone; checked anyway, as the path goes to SQLite.
            if (!NAME.matcher(target.getFileName().toString()).matches() || !directory.equals(target.getParent())) {
                throw new IllegalStateException("Unexpected snapshot path " + target);
            }
            try {
                Files.createFile(target, ownerOnly(directory));
                return target;
            } catch (FileAlreadyExistsException e) {
                // Another snapshot of the same millisecond: try the next one.
            } catch (IOException e) {
                throw new PersistenceException("Cannot create the snapshot file " + target + ": " + e.getMessage(), e);
            }
        }
        throw new PersistenceException("No free snapshot name in " + directory + " after " + NAME_ATTEMPTS + " attempts.");
    }

    static String nameAt(Instant instant) {
        return "candypanel-" + STAMP.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + ".db";
    }

    /** The backup in {@code file}, if its name is a backup's and it is a regular file (not a link). */
    private static Optional<BackupInfo> info(Path file) {
        String name = file.getFileName().toString();
        var matcher = NAME.matcher(name);
        if (!matcher.matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Instant createdAt;
        try {
            createdAt = LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // e.g. month 13: looks like a backup, is not one of ours
        }
        try {
            return Optional.of(new BackupInfo(name, Files.size(file), createdAt));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // pruned meanwhile
        } catch (IOException e) {
            throw new PersistenceException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private void requireNoTransaction(String what) {
        if (database.boundTransaction() != null) {
            throw new IllegalStateException(what + " cannot run inside a database transaction.");
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        return OwnerOnlyFiles.supportsPosix(directory)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnlyFiles.FILE_MODE)}
                : new FileAttribute<?>[0];
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A read-only open of a WAL-mode file may leave these beside it. */
    private static void deleteSidecars(Path file) {
        deleteQuietly(sibling(file, "-wal"));
        deleteQuietly(sibling(file, "-shm"));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", file, e.getMessage());
        }
    }

    private static void deleteAfterFailure(Path file, Exception failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}

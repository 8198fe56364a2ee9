package io.candypanel.application.fakes;

import io.candypanel.application.port.in.backup.BackupInfo;
import io.candypanel.application.port.in.backup.InvalidBackupException;
import io.candypanel.application.port.out.backup.BackupPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A backups directory in memory. Snapshots are named {@code candypanel-<n>.db} and stamped with the
 * clock; {@link #list} is newest first (ties by creation order); {@link #prune} keeps the newest.
 * {@link #restore} refuses a snapshot marked invalid (nothing restored) and records every
 * successful restore, running an optional action while it "swaps the file".
 */
public final class InMemoryBackups implements BackupPort {
    private record Snapshot(long sequence, BackupInfo info) {
    }

    private final Clock clock;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final Set<String> invalid = new HashSet<>();
    private final List<String> restored = new ArrayList<>();
    private volatile Consumer<String> whileRestoring = name -> { };
    private long sequence;

    public InMemoryBackups(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized BackupInfo snapshot() {
        sequence++;
        BackupInfo info = new BackupInfo("candypanel-" + sequence + ".db", 4096 + sequence, clock.instant());
        snapshots.add(new Snapshot(sequence, info));
        return info;
    }

    @Override
    public synchronized List<BackupInfo> list() {
        return newestFirst().stream().map(Snapshot::info).toList();
    }

    @Override
    public synchronized Optional<BackupInfo> find(String name) {
        return snapshots.stream().map(Snapshot::info).filter(i -> i.name().equals(name)).findFirst();
    }

    @Override
    public void restore(String name) {
        synchronized (this) {
            if (find(name).isEmpty()) {
                throw new IllegalStateException("no snapshot " + name);
            }
            if (invalid.contains(name)) {
                throw new InvalidBackupException("'" + name + "' is not a CandyPanel database.");
            }
        }
        whileRestoring.accept(name);
        synchronized (this) {
            restored.add(name);
        }
    }

    @Override
    public synchronized int prune(int keep) {
        List<Snapshot> ordered = newestFirst();
        List<Snapshot> doomed = ordered.subList(Math.min(Math.max(keep, 0), ordered.size()), ordered.size());
        snapshots.removeAll(doomed);
        return doomed.size();
    }

    private List<Snapshot> newestFirst() {
        return snapshots.stream()
                .sorted(Comparator.comparing((Snapshot s) -> s.info().createdAt()).thenComparingLong(Snapshot::sequence)
                        .reversed())
                .toList();
    }

    /** Test helper: restoring this snapshot fails validation. */
    public synchronized void markInvalid(String name) {
        invalid.add(name);
    }

    /** Test helper: runs inside every restore that passed validation, before it completes. */
    public void whileRestoring(Consumer<String> action) {
        this.whileRestoring = Objects.requireNonNull(action, "action");
    }

    /** Test helper: the snapshots restored so far, in order. */
    public synchronized List<String> restored() {
        return List.copyOf(restored);
    }
}

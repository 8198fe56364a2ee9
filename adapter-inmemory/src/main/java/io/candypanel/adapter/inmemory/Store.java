package io.candypanel.adapter.inmemory;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The tables of one {@link InMemoryStorage} and their transactions.
 *
 * <p><b>Committed state</b> is a map from table to rows that is never changed once published: a
 * commit publishes a new map (a volatile write), so a read outside a transaction sees one consistent
 * committed state, on any thread, without a lock (like a read in autocommit mode of a database in WAL
 * mode).
 *
 * <p><b>Transactions</b> are serialised by one fair lock (one writer at a time, in arrival order). A
 * transaction keeps a stack of frames on its thread, one per nesting level; the first write to a table
 * in a frame copies that table into the frame (copy on write), reads look through the frames from the
 * innermost out and then at the committed state, so the transaction sees its own writes and nobody
 * else does. Leaving the outermost frame normally publishes its tables; an exception drops them, which
 * rolls everything back. A nested frame is a savepoint: leaving it normally hands its tables to the
 * enclosing frame, an exception drops only its own writes. A write outside any transaction runs in its
 * own small one (autocommit).
 *
 * <p>Cost: each transaction copies every table it writes once (references, not rows), which is
 * linear in that table's size: fine for tests and tools with thousands of rows per table.
 */
final class Store {
    private final ReentrantLock writer = new ReentrantLock(true);
    private final ThreadLocal<Deque<Frame>> frames = new ThreadLocal<>();
    private volatile Map<Table<?, ?>, Map<?, ?>> committed = Map.of();

    /** Runs {@code work} in a transaction, or in a savepoint of the one this thread is already in. */
    <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Deque<Frame> stack = frames.get();
        if (stack != null) {
            return inSavepoint(stack, work);
        }
        try {
            writer.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to start an in-memory transaction.", e);
        }
        try {
            Frame frame = new Frame();
            stack = new ArrayDeque<>();
            stack.push(frame);
            frames.set(stack);
            T result;
            try {
                result = work.get();
            } finally {
                frames.remove();
            }
            publish(frame);
            return result;
        } finally {
            writer.unlock();
        }
    }

    private static <T> T inSavepoint(Deque<Frame> stack, Supplier<T> work) {
        Frame parent = stack.peek();
        Frame savepoint = new Frame();
        stack.push(savepoint);
        T result;
        try {
            result = work.get();
        } finally {
            stack.pop();
        }
        parent.tables.putAll(savepoint.tables);
        return result;
    }

    private void publish(Frame frame) {
        if (frame.tables.isEmpty()) {
            return;
        }
        Map<Table<?, ?>, Map<?, ?>> next = new HashMap<>(committed);
        next.putAll(frame.tables);
        committed = Collections.unmodifiableMap(next);
    }

    /** Whether the calling thread is inside a transaction. */
    boolean inTransaction() {
        return frames.get() != null;
    }

    /**
     * The rows of {@code table} as this thread should see them: its transaction's version, or the
     * committed one. Read-only; valid for the duration of the calling repository method.
     */
    <K, V> Map<K, V> read(Table<K, V> table) {
        return Collections.unmodifiableMap(resolve(table));
    }

    /**
     * The rows of {@code table} to change, private to the innermost frame of this thread's
     * transaction (copied on the first write in that frame). Only inside {@link #inTransaction}.
     */
    <K, V> Map<K, V> write(Table<K, V> table) {
        Deque<Frame> stack = frames.get();
        if (stack == null) {
            throw new IllegalStateException("A write to " + table + " outside a transaction.");
        }
        Frame top = stack.peek();
        @SuppressWarnings("unchecked")
        Map<K, V> own = (Map<K, V>) top.tables.get(table);
        if (own == null) {
            own = table.copy(resolve(table));
            top.tables.put(table, own);
        }
        return own;
    }

    @SuppressWarnings("unchecked")
    private <K, V> Map<K, V> resolve(Table<K, V> table) {
        Deque<Frame> stack = frames.get();
        if (stack != null) {
            for (Frame frame : stack) { // innermost first
                Map<?, ?> rows = frame.tables.get(table);
                if (rows != null) {
                    return (Map<K, V>) rows;
                }
            }
        }
        Map<?, ?> rows = committed.get(table);
        return rows == null ? Map.of() : (Map<K, V>) rows;
    }

    /** The tables one nesting level of a transaction has written so far. */
    private static final class Frame {
        final Map<Table<?, ?>, Map<?, ?>> tables = new HashMap<>();
    }
}

package io.candypanel.adapter.inmemory;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One table of the store: a name for messages and how to make a private, mutable copy of its rows
 * (a sorted map where the table has an order, a hash map otherwise). Identity is the instance.
 */
final class Table<K, V> {
    private final String name;
    private final Function<Map<K, V>, Map<K, V>> copier;

    Table(String name, Function<Map<K, V>, Map<K, V>> copier) {
        this.name = Objects.requireNonNull(name, "name");
        this.copier = Objects.requireNonNull(copier, "copier");
    }

    /** A mutable copy of {@code rows} (which is not changed). */
    Map<K, V> copy(Map<K, V> rows) {
        return copier.apply(rows);
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.candypanel.domain.client;

import java.util.Comparator;
import java.util.Objects;

/**
 * The order of a client list: one field, ascending or descending, then the name (always ascending)
 * so that clients with equal values keep one order from page to page. {@link #comparator} is the
 * reference meaning a store's ORDER BY must agree with.
 */
public record ClientSort(ClientSortField field, boolean descending) {
    public static final ClientSort BY_NAME = new ClientSort(ClientSortField.NAME, false);

    public ClientSort {
        Objects.requireNonNull(field, "field");
    }

    public Comparator<Client> comparator() {
        Comparator<Client> primary = switch (field) {
            case NAME -> Comparator.comparing((Client c) -> c.name().value());
            case CREATED_AT -> Comparator.comparing(Client::createdAt);
            case EXPIRES -> Comparator.comparing(Client::expiresAt);
            case USAGE -> Comparator.comparingLong((Client c) -> c.usage().total());
            case STATUS -> Comparator.comparingInt(ClientSortField::statusRank);
        };
        if (descending) {
            primary = primary.reversed();
        }
        return primary.thenComparing(c -> c.name().value());
    }
}

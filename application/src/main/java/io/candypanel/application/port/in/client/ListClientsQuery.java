package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.ClientStatusFilter;
import io.candypanel.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the client list. The service judges "expired" at its clock's now.
 *
 * @param page   1-based page number
 * @param size   clients per page, 1-{@value #MAX_SIZE}
 * @param search a case-insensitive substring of the name, note, IPv4 or IPv6 address; trimmed, empty
 *               for none, at most {@value ClientFilter#MAX_SEARCH_LENGTH} characters
 * @param sort   the order; ties are broken by name
 * @param status which clients by state
 */
public record ListClientsQuery(int page, int size, Optional<String> search, ClientSort sort, ClientStatusFilter status) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public ListClientsQuery {
        if (page < 1) {
            throw new InvalidValueException("The page number starts at 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("The page size must be from 1 to " + MAX_SIZE + ".");
        }
        search = Objects.requireNonNull(search, "search").map(String::strip).filter(s -> !s.isEmpty());
        if (search.isPresent() && search.get().length() > ClientFilter.MAX_SEARCH_LENGTH) {
            throw new InvalidValueException("The search text is limited to " + ClientFilter.MAX_SEARCH_LENGTH + " characters.");
        }
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(status, "status");
    }

    /** The first page of every client by name, {@value #DEFAULT_SIZE} per page. */
    public static ListClientsQuery firstPage() {
        return new ListClientsQuery(1, DEFAULT_SIZE, Optional.empty(), ClientSort.BY_NAME, ClientStatusFilter.ALL);
    }

    /** How many matching clients come before this page; a long, so a huge page number cannot overflow. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}

package io.candypanel.adapter.http.overview;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.client.ClientPage;
import io.candypanel.application.port.in.client.ListClientsQuery;
import io.candypanel.application.port.in.client.ListClientsUseCase;
import io.candypanel.domain.client.ClientFilter;
import io.candypanel.domain.client.ClientSort;
import io.candypanel.domain.client.ClientSortField;
import io.candypanel.domain.client.ClientStatusFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /api/clients?page&size&q&sort&status}: one page of the clients, as {@code /api/data}
 * shows them, with the number of all that match. Every parameter is optional; a bad one is a 400 that
 * names it. Unknown parameters are ignored, so that a cache-busting {@code _=...} does no harm.
 * Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class ClientListHandlers {
    static final String SORT_FIELDS = Arrays.stream(ClientSortField.values()).map(ClientListHandlers::wireName)
            .collect(Collectors.joining(", "));
    static final String STATUSES = Arrays.stream(ClientStatusFilter.values()).map(ClientListHandlers::wireName)
            .collect(Collectors.joining(", "));

    private final ListClientsUseCase listClients;

    public ClientListHandlers(ListClientsUseCase listClients) {
        this.listClients = Objects.requireNonNull(listClients, "listClients");
    }

    public ApiResponse list(ApiRequest request) {
        ListClientsQuery query = query(request);
        ClientPage page = listClients.list(query);
        return ApiResponse.ok("Clients retrieved successfully.", new ClientPageResponse(
                page.clients().stream().map(ClientResponse::from).toList(), page.total(), query.page(), query.size()));
    }

    /** Parses every parameter first (400 naming the first bad one), then builds the query. */
    static ListClientsQuery query(ApiRequest request) {
        int page = number(request, "page", 1, Integer.MAX_VALUE, 1);
        int size = number(request, "size", 1, ListClientsQuery.MAX_SIZE, ListClientsQuery.DEFAULT_SIZE);
        Optional<String> search = request.queryParam("q").map(String::strip).filter(q -> !q.isEmpty());
        if (search.isPresent() && search.get().length() > ClientFilter.MAX_SEARCH_LENGTH) {
            throw RequestRejectedException.badRequest("The query parameter 'q' is limited to "
                    + ClientFilter.MAX_SEARCH_LENGTH + " characters.");
        }
        ClientSort sort = request.queryParam("sort").map(ClientListHandlers::sort).orElse(ClientSort.BY_NAME);
        ClientStatusFilter status = request.queryParam("status").map(ClientListHandlers::status).orElse(ClientStatusFilter.ALL);
        return new ListClientsQuery(page, size, search, sort, status);
    }

    private static int number(ApiRequest request, String name, int min, int max, int fallback) {
        Optional<String> text = request.queryParam(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, with the same message as a number out of range.
        }
        throw RequestRejectedException.badRequest("The query parameter '" + name + "' must be a whole number from "
                + min + (max == Integer.MAX_VALUE ? "" : " to " + max) + ".");
    }

    private static ClientSort sort(String text) {
        boolean descending = text.startsWith("-");
        String field = descending ? text.substring(1) : text;
        for (ClientSortField candidate : ClientSortField.values()) {
            if (wireName(candidate).equals(field)) {
                return new ClientSort(candidate, descending);
            }
        }
        throw RequestRejectedException.badRequest("The query parameter 'sort' must be one of " + SORT_FIELDS
                + ", with a leading '-' for descending order.");
    }

    private static ClientStatusFilter status(String text) {
        for (ClientStatusFilter candidate : ClientStatusFilter.values()) {
            if (wireName(candidate).equals(text)) {
                return candidate;
            }
        }
        throw RequestRejectedException.badRequest("The query parameter 'status' must be one of " + STATUSES + ".");
    }

    private static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code data} of {@code GET /api/clients}. */
    record ClientPageResponse(List<ClientResponse> clients, long total, int page, int size) {
    }
}

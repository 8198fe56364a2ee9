package io.candypanel.application.port.in.client;

import io.candypanel.domain.client.Client;
import java.util.List;

/** The clients of one page and how many clients match the query in all. */
public record ClientPage(List<Client> clients, long total) {
    public ClientPage {
        clients = List.copyOf(clients);
        if (total < 0) {
            throw new IllegalArgumentException("the total cannot be negative");
        }
    }
}

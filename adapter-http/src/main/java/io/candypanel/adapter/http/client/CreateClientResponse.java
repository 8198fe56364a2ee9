package io.candypanel.adapter.http.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.client.CreatedClient;

/**
 * {@code data} of {@code client/create}: the config as the original returned it, plus {@code kernel}
 * only when WireGuard did not take the new peer.
 */
record CreateClientResponse(String clientConfig, @JsonInclude(JsonInclude.Include.NON_NULL) KernelResponse kernel) {

    static CreateClientResponse from(CreatedClient created) {
        return new CreateClientResponse(created.config(),
                created.kernel().applied() ? null : KernelResponse.from(created.kernel()));
    }

    @Override
    public String toString() {
        return "CreateClientResponse[config ***]";
    }
}

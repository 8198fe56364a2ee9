package io.candypanel.adapter.http.client;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import java.time.Clock;
import java.util.Objects;

/**
 * The {@code client} resource of {@code POST /api/manage}. Public only so that the server package
 * can route to it; see {@code HttpRoutes}.
 */
public final class ClientHandlers {
    private final CreateClientUseCase createClient;
    private final UpdateClientUseCase updateClient;
    private final DeleteClientUseCase deleteClient;
    private final GetClientConfigUseCase getClientConfig;
    private final Clock clock;

    /**
     * @param clock its zone is the panel's time zone, in which dates without an offset are read
     */
    public ClientHandlers(CreateClientUseCase createClient, UpdateClientUseCase updateClient,
                          DeleteClientUseCase deleteClient, GetClientConfigUseCase getClientConfig, Clock clock) {
        this.createClient = Objects.requireNonNull(createClient, "createClient");
        this.updateClient = Objects.requireNonNull(updateClient, "updateClient");
        this.deleteClient = Objects.requireNonNull(deleteClient, "deleteClient");
        this.getClientConfig = Objects.requireNonNull(getClientConfig, "getClientConfig");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ApiResponse create(ApiRequest request) {
        CreatedClient created = createClient.create(CreateClientRequest.from(request.fields(), clock.getZone()).toCommand());
        return ApiResponse.ok(KernelResponse.describe("Client created successfully!", created.kernel()),
                CreateClientResponse.from(created));
    }

    public ApiResponse update(ApiRequest request) {
        UpdateClientCommand command = UpdateClientRequest.from(request.fields(), clock.getZone()).toCommand();
        UpdatedClient updated = updateClient.update(command);
        return ApiResponse.ok(KernelResponse.describe("Client '" + command.name() + "' edited successfully.", updated.kernel()),
                KernelResponse.dataUnlessApplied(updated.kernel()));
    }

    public ApiResponse delete(ApiRequest request) {
        DeleteClientCommand command = DeleteClientRequest.from(request.fields()).toCommand();
        KernelOutcome outcome = deleteClient.delete(command);
        return ApiResponse.ok(KernelResponse.describe("Client '" + command.name() + "' deleted successfully.", outcome),
                KernelResponse.dataUnlessApplied(outcome));
    }

    public ApiResponse getConfig(ApiRequest request) {
        String config = getClientConfig.config(GetClientConfigRequest.from(request.fields()).toQuery());
        return ApiResponse.ok("Client config retrieved successfully.", new ClientConfigResponse(config));
    }
}

package io.candypanel.adapter.http.client;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.HumanUnits;
import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.adapter.http.common.QrCodes;
import io.candypanel.adapter.http.common.RawContent;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.application.port.in.client.CreateClientUseCase;
import io.candypanel.application.port.in.client.CreatedClient;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.application.port.in.client.DeleteClientUseCase;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.application.port.in.client.GetClientConfigUseCase;
import io.candypanel.application.port.in.client.ResetClientUsageCommand;
import io.candypanel.application.port.in.client.ResetClientUsageUseCase;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.application.port.in.client.UpdateClientUseCase;
import io.candypanel.application.port.in.client.UpdatedClient;
import io.candypanel.application.port.in.kernel.KernelOutcome;
import io.candypanel.application.port.in.share.ShareClientUseCase;
import io.candypanel.domain.client.ClientName;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code client} resource of {@code POST /api/manage} and the admin's QR image of a client.
 * Public only so that the server package can route to it; see {@code HttpRoutes}. Audit notes name
 * the client and what changed, never a key, a config or a share token.
 */
public final class ClientHandlers {
    private final CreateClientUseCase createClient;
    private final UpdateClientUseCase updateClient;
    private final DeleteClientUseCase deleteClient;
    private final GetClientConfigUseCase getClientConfig;
    private final ResetClientUsageUseCase resetClientUsage;
    private final ShareClientUseCase shareClient;
    private final Clock clock;

    /**
     * @param clock its zone is the panel's time zone, in which dates without an offset are read
     */
    public ClientHandlers(CreateClientUseCase createClient, UpdateClientUseCase updateClient,
                          DeleteClientUseCase deleteClient, GetClientConfigUseCase getClientConfig,
                          ResetClientUsageUseCase resetClientUsage, ShareClientUseCase shareClient, Clock clock) {
        this.createClient = Objects.requireNonNull(createClient, "createClient");
        this.updateClient = Objects.requireNonNull(updateClient, "updateClient");
        this.deleteClient = Objects.requireNonNull(deleteClient, "deleteClient");
        this.getClientConfig = Objects.requireNonNull(getClientConfig, "getClientConfig");
        this.resetClientUsage = Objects.requireNonNull(resetClientUsage, "resetClientUsage");
        this.shareClient = Objects.requireNonNull(shareClient, "shareClient");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ApiResponse create(ApiRequest request) {
        CreateClientCommand command = CreateClientRequest.from(request.fields(), clock.getZone()).toCommand();
        CreatedClient created = createClient.create(command);
        String quota = command.quota().isUnlimited() ? "unlimited" : HumanUnits.bytes(command.quota().bytes());
        return ApiResponse.ok(KernelResponse.describe("Client created successfully!", created.kernel()),
                        CreateClientResponse.from(created))
                .audited(command.name().value(), "on " + command.interfaceId().interfaceName() + ", quota " + quota
                        + ", expires " + command.expiresAt());
    }

    public ApiResponse update(ApiRequest request) {
        UpdateClientCommand command = UpdateClientRequest.from(request.fields(), clock.getZone()).toCommand();
        UpdatedClient updated = updateClient.update(command);
        return ApiResponse.ok(KernelResponse.describe("Client '" + command.name() + "' edited successfully.", updated.kernel()),
                        KernelResponse.dataUnlessApplied(updated.kernel()))
                .audited(command.name().value(), describeChanges(command));
    }

    public ApiResponse delete(ApiRequest request) {
        DeleteClientCommand command = DeleteClientRequest.from(request.fields()).toCommand();
        KernelOutcome outcome = deleteClient.delete(command);
        return ApiResponse.ok(KernelResponse.describe("Client '" + command.name() + "' deleted successfully.", outcome),
                        KernelResponse.dataUnlessApplied(outcome))
                .audited(command.name().value(), "deleted");
    }

    public ApiResponse getConfig(ApiRequest request) {
        String config = getClientConfig.config(GetClientConfigRequest.from(request.fields()).toQuery());
        return ApiResponse.ok("Client config retrieved successfully.", new ClientConfigResponse(config));
    }

    /** Used traffic back to zero (new); a client disabled only for its quota is enabled again. */
    public ApiResponse resetTraffic(ApiRequest request) {
        ClientName name = clientName(request.fields());
        UpdatedClient updated = resetClientUsage.reset(new ResetClientUsageCommand(name));
        return ApiResponse.ok(KernelResponse.describe("Traffic of client '" + name + "' reset successfully.", updated.kernel()),
                        KernelResponse.dataUnlessApplied(updated.kernel()))
                .audited(name.value(), updated.client().isEnabled() ? "usage reset to 0; client enabled" : "usage reset to 0");
    }

    /** A new share link; the previous one, if any, stops working. */
    public ApiResponse share(ApiRequest request) {
        ClientName name = clientName(request.fields());
        String token = shareClient.share(name);
        return ApiResponse.ok("Share link for client '" + name + "' created.", ShareLinkResponse.of(token))
                .audited(name.value(), "new share link; any previous link revoked");
    }

    public ApiResponse unshare(ApiRequest request) {
        ClientName name = clientName(request.fields());
        shareClient.revoke(name);
        return ApiResponse.ok("Share link for client '" + name + "' revoked.").audited(name.value(), "share link revoked");
    }

    /** {@code GET /api/clients/{name}/qr.png}: the client's config as a QR code, for the admin. */
    public ApiResponse qr(ApiRequest request) {
        ClientName name = validated("name", () -> new ClientName(request.pathParam("name")));
        String config = getClientConfig.config(new GetClientConfigQuery(name));
        return ApiResponse.raw(new RawContent(QrCodes.CONTENT_TYPE, QrCodes.png(config)));
    }

    private static ClientName clientName(JsonFields fields) {
        String name = fields.requiredString("name");
        return validated("name", () -> new ClientName(name));
    }

    private static String describeChanges(UpdateClientCommand command) {
        List<String> changed = new ArrayList<>();
        command.expiresAt().ifPresent(expiry -> changed.add("expires " + expiry));
        command.quota().ifPresent(quota -> changed.add("quota " + (quota.isUnlimited() ? "unlimited" : HumanUnits.bytes(quota.bytes()))));
        command.enabled().ifPresent(enabled -> changed.add(enabled ? "enabled" : "disabled"));
        command.note().ifPresent(note -> changed.add("note"));
        return changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed);
    }
}

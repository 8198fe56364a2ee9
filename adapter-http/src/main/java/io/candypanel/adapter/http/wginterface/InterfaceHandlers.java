package io.candypanel.adapter.http.wginterface;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code interface} resource of {@code POST /api/manage}, with the original's success messages.
 * Public only so that the server package can route to it; see {@code HttpRoutes}.
 */
public final class InterfaceHandlers {
    private final CreateInterfaceUseCase createInterface;
    private final UpdateInterfaceUseCase updateInterface;
    private final DeleteInterfaceUseCase deleteInterface;

    public InterfaceHandlers(CreateInterfaceUseCase createInterface, UpdateInterfaceUseCase updateInterface,
                             DeleteInterfaceUseCase deleteInterface) {
        this.createInterface = Objects.requireNonNull(createInterface, "createInterface");
        this.updateInterface = Objects.requireNonNull(updateInterface, "updateInterface");
        this.deleteInterface = Objects.requireNonNull(deleteInterface, "deleteInterface");
    }

    public ApiResponse create(ApiRequest request) {
        CreateInterfaceCommand command = CreateInterfaceRequest.from(request.fields()).toCommand();
        InterfaceChange created = createInterface.create(command);
        return ApiResponse.ok(KernelResponse.describe("New Interface Created!", created.kernel()),
                        InterfaceChangeResponse.from(created))
                .audited(created.wgInterface().name(), "range " + command.addressRange() + ", port " + command.listenPort().value());
    }

    public ApiResponse update(ApiRequest request) {
        UpdateInterfaceCommand command = UpdateInterfaceRequest.from(request.fields()).toCommand();
        InterfaceChange updated = updateInterface.update(command);
        return ApiResponse.ok(KernelResponse.describe("Interface " + command.id().interfaceName() + " edited successfully.",
                        updated.kernel()), InterfaceChangeResponse.from(updated))
                .audited(command.id().interfaceName(), describeChanges(command));
    }

    public ApiResponse delete(ApiRequest request) {
        DeleteInterfaceCommand command = DeleteInterfaceRequest.from(request.fields()).toCommand();
        DeletedInterface deleted = deleteInterface.delete(command);
        return ApiResponse.ok(KernelResponse.describe("Interface " + command.id().interfaceName()
                        + " and all associated clients deleted successfully.", deleted.kernel()), DeletedInterfaceResponse.from(deleted))
                .audited(command.id().interfaceName(), "deleted with " + deleted.clientsRemoved() + " client(s)");
    }

    private static String describeChanges(UpdateInterfaceCommand command) {
        List<String> changed = new ArrayList<>();
        command.addressRange().ifPresent(range -> changed.add("range " + range));
        command.listenPort().ifPresent(port -> changed.add("port " + port.value()));
        command.up().ifPresent(up -> changed.add(up ? "up" : "down"));
        return changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed);
    }
}

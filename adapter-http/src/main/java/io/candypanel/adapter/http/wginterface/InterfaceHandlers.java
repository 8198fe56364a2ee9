package io.candypanel.adapter.http.wginterface;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.wginterface.CreateInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceUseCase;
import io.candypanel.application.port.in.wginterface.DeletedInterface;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceUseCase;
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
        InterfaceChange created = createInterface.create(CreateInterfaceRequest.from(request.fields()).toCommand());
        return ApiResponse.ok(KernelResponse.describe("New Interface Created!", created.kernel()),
                InterfaceChangeResponse.from(created));
    }

    public ApiResponse update(ApiRequest request) {
        UpdateInterfaceCommand command = UpdateInterfaceRequest.from(request.fields()).toCommand();
        InterfaceChange updated = updateInterface.update(command);
        return ApiResponse.ok(KernelResponse.describe("Interface " + command.id().interfaceName() + " edited successfully.",
                updated.kernel()), InterfaceChangeResponse.from(updated));
    }

    public ApiResponse delete(ApiRequest request) {
        DeleteInterfaceCommand command = DeleteInterfaceRequest.from(request.fields()).toCommand();
        DeletedInterface deleted = deleteInterface.delete(command);
        return ApiResponse.ok(KernelResponse.describe("Interface " + command.id().interfaceName()
                + " and all associated clients deleted successfully.", deleted.kernel()), DeletedInterfaceResponse.from(deleted));
    }
}

package io.candypanel.adapter.http.wginterface;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.wginterface.DeletedInterface;

/** {@code data} of {@code interface/delete}, plus {@code kernel} only when WireGuard did not take the removal. */
record DeletedInterfaceResponse(int clientsRemoved, @JsonInclude(JsonInclude.Include.NON_NULL) KernelResponse kernel) {

    static DeletedInterfaceResponse from(DeletedInterface deleted) {
        return new DeletedInterfaceResponse(deleted.clientsRemoved(),
                deleted.kernel().applied() ? null : KernelResponse.from(deleted.kernel()));
    }
}

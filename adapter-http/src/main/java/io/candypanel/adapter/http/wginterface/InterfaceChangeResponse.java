package io.candypanel.adapter.http.wginterface;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.candypanel.adapter.http.common.KernelResponse;
import io.candypanel.application.port.in.wginterface.InterfaceChange;
import io.candypanel.domain.wginterface.WgInterface;

/**
 * {@code data} of {@code interface/create} and {@code interface/update}: the interface as it now
 * is, plus {@code kernel} only when WireGuard did not take the change. Never the private key.
 */
record InterfaceChangeResponse(int wg, String name, String addressRange, int port, String publicKey,
                               @JsonInclude(JsonInclude.Include.NON_NULL) KernelResponse kernel) {

    static InterfaceChangeResponse from(InterfaceChange change) {
        WgInterface wgInterface = change.wgInterface();
        return new InterfaceChangeResponse(
                wgInterface.id().value(),
                wgInterface.name(),
                wgInterface.addressRange().toString(),
                wgInterface.listenPort().value(),
                wgInterface.keys().publicKey().base64(),
                change.kernel().applied() ? null : KernelResponse.from(change.kernel()));
    }
}

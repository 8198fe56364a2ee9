package io.candypanel.adapter.http.wginterface;

import io.candypanel.adapter.http.common.ApiRequest;
import io.candypanel.adapter.http.common.ApiResponse;
import io.candypanel.application.port.in.wginterface.InterfaceListing;
import io.candypanel.application.port.in.wginterface.ListInterfacesUseCase;
import io.candypanel.domain.wginterface.WgInterface;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /api/interfaces}: every interface, ordered by id, with the number of its clients, for the
 * interface screen that need not load {@code GET /api/data}'s clients. Public only so that the server
 * package can route to it; see {@code HttpRoutes}.
 */
public final class InterfaceListHandlers {
    private final ListInterfacesUseCase listInterfaces;

    public InterfaceListHandlers(ListInterfacesUseCase listInterfaces) {
        this.listInterfaces = Objects.requireNonNull(listInterfaces, "listInterfaces");
    }

    public ApiResponse list(ApiRequest request) {
        return ApiResponse.ok("Interfaces retrieved successfully.",
                new InterfaceListResponse(listInterfaces.list().stream().map(InterfaceListingResponse::from).toList()));
    }

    /** {@code data} of {@code GET /api/interfaces}. */
    record InterfaceListResponse(List<InterfaceListingResponse> interfaces) {
    }

    /**
     * One interface: the fields of an entry of {@code /api/data}'s {@code interfaces}, with the same names
     * and values (never the private key: the server's key never leaves the server), plus
     * {@code client_count}, its clients, disabled ones included.
     *
     * @param status           whether the interface should be up
     * @param ipv6AddressRange the server's IPv6 address and prefix on a dual-stack interface, else null
     */
    record InterfaceListingResponse(int wg, String name, String publicKey, int port, String addressRange,
                                    String ipv6AddressRange, int mtu, boolean status, long clientCount) {

        static InterfaceListingResponse from(InterfaceListing listing) {
            WgInterface wgInterface = listing.wgInterface();
            return new InterfaceListingResponse(
                    wgInterface.id().value(),
                    wgInterface.name(),
                    wgInterface.keys().publicKey().base64(),
                    wgInterface.listenPort().value(),
                    wgInterface.addressRange().toString(),
                    wgInterface.ipv6Range().map(Object::toString).orElse(null),
                    wgInterface.mtu().value(),
                    wgInterface.isUp(),
                    listing.clientCount());
        }
    }
}

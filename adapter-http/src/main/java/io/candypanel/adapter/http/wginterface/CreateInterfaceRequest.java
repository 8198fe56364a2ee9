package io.candypanel.adapter.http.wginterface;

import static io.candypanel.adapter.http.common.JsonFields.missing;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;
import java.util.Optional;

/**
 * @param addressRange the server's own address and the prefix ({@code 10.1.0.1/24})
 * @param port         the UDP listen port
 * @param ipv6Range    the server's IPv6 address and prefix ({@code fd42:42:43::1/64}) for a dual-stack interface
 */
record CreateInterfaceRequest(String addressRange, int port, Optional<String> ipv6Range) {

    static CreateInterfaceRequest from(JsonFields fields) {
        String addressRange = fields.requiredString("address_range");
        int port = fields.nonNegativeInt("port").orElseThrow(() -> missing("port"));
        // The original's front end sends an empty string for "no IPv6".
        return new CreateInterfaceRequest(addressRange, port, fields.string("ipv6_address_range").filter(t -> !t.isBlank()));
    }

    CreateInterfaceCommand toCommand() {
        return new CreateInterfaceCommand(InterfaceFields.range("address_range", addressRange), InterfaceFields.port("port", port),
                ipv6Range.map(text -> InterfaceFields.ipv6Range("ipv6_address_range", text)));
    }
}

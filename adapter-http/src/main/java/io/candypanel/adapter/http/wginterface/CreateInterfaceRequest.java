package io.candypanel.adapter.http.wginterface;

import static io.candypanel.adapter.http.common.JsonFields.missing;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.wginterface.CreateInterfaceCommand;

/**
 * @param addressRange the server's own address and the prefix ({@code 10.1.0.1/24})
 * @param port         the UDP listen port
 */
record CreateInterfaceRequest(String addressRange, int port) {

    static CreateInterfaceRequest from(JsonFields fields) {
        String addressRange = fields.requiredString("address_range");
        int port = fields.nonNegativeInt("port").orElseThrow(() -> missing("port"));
        return new CreateInterfaceRequest(addressRange, port);
    }

    CreateInterfaceCommand toCommand() {
        return new CreateInterfaceCommand(InterfaceFields.range("address_range", addressRange), InterfaceFields.port("port", port));
    }
}

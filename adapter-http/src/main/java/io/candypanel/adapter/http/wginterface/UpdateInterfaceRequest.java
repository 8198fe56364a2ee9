package io.candypanel.adapter.http.wginterface;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.wginterface.UpdateInterfaceCommand;
import java.util.Optional;

/**
 * Only the given fields change, with the original's field names: {@code name} is {@code wgN},
 * {@code address} the new range, {@code status} true for up and false for down.
 */
record UpdateInterfaceRequest(String name, Optional<String> address, Optional<Integer> port, Optional<Boolean> status) {

    static UpdateInterfaceRequest from(JsonFields fields) {
        return new UpdateInterfaceRequest(
                fields.requiredString("name"),
                fields.string("address"),
                fields.nonNegativeInt("port"),
                fields.bool("status"));
    }

    UpdateInterfaceCommand toCommand() {
        return new UpdateInterfaceCommand(
                InterfaceFields.idFromName("name", name),
                address.map(range -> InterfaceFields.range("address", range)),
                port.map(value -> InterfaceFields.port("port", value)),
                status);
    }
}

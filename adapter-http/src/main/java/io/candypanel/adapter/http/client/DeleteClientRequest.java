package io.candypanel.adapter.http.client;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.client.DeleteClientCommand;
import io.candypanel.domain.client.ClientName;

record DeleteClientRequest(String name) {

    static DeleteClientRequest from(JsonFields fields) {
        return new DeleteClientRequest(fields.requiredString("name"));
    }

    DeleteClientCommand toCommand() {
        return new DeleteClientCommand(validated("name", () -> new ClientName(name)));
    }
}

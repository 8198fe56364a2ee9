package io.candypanel.adapter.http.client;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.client.GetClientConfigQuery;
import io.candypanel.domain.client.ClientName;

record GetClientConfigRequest(String name) {

    static GetClientConfigRequest from(JsonFields fields) {
        return new GetClientConfigRequest(fields.requiredString("name"));
    }

    GetClientConfigQuery toQuery() {
        return new GetClientConfigQuery(validated("name", () -> new ClientName(name)));
    }
}

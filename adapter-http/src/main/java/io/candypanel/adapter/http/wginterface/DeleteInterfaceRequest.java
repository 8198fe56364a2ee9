package io.candypanel.adapter.http.wginterface;

import static io.candypanel.adapter.http.common.JsonFields.missing;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.wginterface.DeleteInterfaceCommand;

/** @param wgId the N of {@code wgN}, as the original names it */
record DeleteInterfaceRequest(int wgId) {

    static DeleteInterfaceRequest from(JsonFields fields) {
        return new DeleteInterfaceRequest(fields.nonNegativeInt("wg_id").orElseThrow(() -> missing("wg_id")));
    }

    DeleteInterfaceCommand toCommand() {
        return new DeleteInterfaceCommand(InterfaceFields.id("wg_id", wgId));
    }
}

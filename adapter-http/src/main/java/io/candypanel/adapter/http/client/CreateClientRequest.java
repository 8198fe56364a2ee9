package io.candypanel.adapter.http.client;

import static io.candypanel.adapter.http.common.JsonFields.missing;
import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.client.CreateClientCommand;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.time.ZoneId;

/**
 * @param traffic the quota in bytes, 0 = unlimited
 * @param wgId    the interface, 0 ({@code wg0}) when not given, as in the original
 */
record CreateClientRequest(String name, Instant expires, long traffic, int wgId, String note) {

    static CreateClientRequest from(JsonFields fields, ZoneId zone) {
        String name = fields.requiredString("name");
        Instant expires = fields.instant("expires", zone).orElseThrow(() -> missing("expires"));
        long traffic = fields.byteCount("traffic").orElseThrow(() -> missing("traffic"));
        int wgId = fields.nonNegativeInt("wg_id").orElse(0);
        String note = fields.string("note").orElse("");
        return new CreateClientRequest(name, expires, traffic, wgId, note);
    }

    CreateClientCommand toCommand() {
        return new CreateClientCommand(
                validated("name", () -> new ClientName(name)),
                expires,
                validated("traffic", () -> new Quota(traffic)),
                validated("wg_id", () -> new InterfaceId(wgId)),
                validated("note", () -> Client.validNote(note)));
    }
}

package io.candypanel.adapter.http.client;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.client.UpdateClientCommand;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Only the given fields change; {@code status} is the enabled flag, as the original names it. */
record UpdateClientRequest(String name, Optional<Instant> expires, Optional<Long> traffic, Optional<Boolean> status,
                           Optional<String> note) {

    static UpdateClientRequest from(JsonFields fields, ZoneId zone) {
        return new UpdateClientRequest(
                fields.requiredString("name"),
                fields.instant("expires", zone),
                fields.byteCount("traffic"),
                fields.bool("status"),
                fields.string("note"));
    }

    UpdateClientCommand toCommand() {
        ClientName clientName = validated("name", () -> new ClientName(name));
        Optional<Quota> quota = traffic.map(bytes -> validated("traffic", () -> new Quota(bytes)));
        Optional<String> checkedNote = note.map(text -> validated("note", () -> Client.validNote(text)));
        return new UpdateClientCommand(clientName, expires, quota, status, checkedNote);
    }
}

package io.candypanel.adapter.http.wginterface;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.InterfaceId;
import io.candypanel.domain.wginterface.ListenPort;

/**
 * The value objects of the {@code interface} actions, each built from one named field.
 *
 * <p>Text goes through {@link JsonFields#printable} first: it leaves every valid name and range
 * unchanged (they are short and plain ASCII), and it keeps the domain's error message, which echoes
 * the input, short and free of control characters whatever the caller sent.
 */
final class InterfaceFields {

    private InterfaceFields() {
    }

    static Ipv6Cidr ipv6Range(String field, String text) {
        return validated(field, () -> Ipv6Cidr.parse(JsonFields.printable(text)));
    }

    static Ipv4Cidr range(String field, String text) {
        return validated(field, () -> Ipv4Cidr.parse(JsonFields.printable(text)));
    }

    static ListenPort port(String field, int port) {
        return validated(field, () -> new ListenPort(port));
    }

    static InterfaceId idFromName(String field, String name) {
        return validated(field, () -> InterfaceId.fromName(JsonFields.printable(name)));
    }

    static InterfaceId id(String field, int id) {
        return validated(field, () -> new InterfaceId(id));
    }
}

package io.candypanel.adapter.http.auth;

import static io.candypanel.adapter.http.common.JsonFields.validated;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.adapter.http.common.RequestRejectedException;
import io.candypanel.application.port.in.auth.InstallPanelCommand;
import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.setting.SettingKey;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Optional;

/** The {@code install} action's fields with the original's defaults. */
record InstallRequest(String serverIp, int wgPort, String wgAddressRange, String wgDns, String adminUser,
                      String adminPassword, Optional<String> setupToken, Optional<String> wgIpv6Address,
                      Optional<String> wgIpv6Dns) {
    static final String DEFAULT_ADDRESS_RANGE = "10.0.0.1/24";
    static final String DEFAULT_DNS = "8.8.8.8";
    static final String DEFAULT_ADMIN_USER = "admin";
    static final String DEFAULT_ADMIN_PASSWORD = "admin";

    static InstallRequest from(JsonFields fields) {
        String serverIp = fields.string("server_ip").orElseThrow(() -> missing("server_ip"));
        int wgPort = fields.nonNegativeInt("wg_port").orElseThrow(() -> missing("wg_port"));
        return new InstallRequest(serverIp, wgPort,
                fields.string("wg_address_range").orElse(DEFAULT_ADDRESS_RANGE),
                fields.string("wg_dns").orElse(DEFAULT_DNS),
                fields.string("admin_user").orElse(DEFAULT_ADMIN_USER),
                fields.string("admin_password").orElse(DEFAULT_ADMIN_PASSWORD),
                fields.string("setup_token").filter(token -> !token.isBlank()),
                // Empty strings mean "IPv4 only", as the original's install form sends them.
                fields.string("wg_ipv6_address").filter(text -> !text.isBlank()),
                fields.string("wg_ipv6_dns").filter(text -> !text.isBlank()));
    }

    /**
     * @param fromLoopback whether the TCP peer is this machine; other callers need the setup token
     */
    InstallPanelCommand toCommand(boolean fromLoopback) {
        // The server address and DNS become settings, so they pass the settings' own validators here.
        String serverHost = validated("server_ip", () -> SettingKey.SERVER_IP.validate(serverIp));
        ListenPort port = validated("wg_port", () -> new ListenPort(wgPort));
        Ipv4Cidr range = validated("wg_address_range", () -> Ipv4Cidr.parse(wgAddressRange));
        String dns = validated("wg_dns", () -> SettingKey.DNS.validate(wgDns));
        validated("admin_user", () -> AdminAccount.validUsername(adminUser));
        validated("admin_password", () -> AdminAccount.validPassword(adminPassword));
        Optional<Ipv6Cidr> ipv6Range = wgIpv6Address.map(text ->
                validated("wg_ipv6_address", () -> Ipv6Cidr.parse(JsonFields.printable(text))));
        Optional<String> ipv6Dns = wgIpv6Dns.map(text -> validated("wg_ipv6_dns", () -> SettingKey.IPV6_DNS.validate(text)));
        return new InstallPanelCommand(serverHost, port, range, dns, adminUser, adminPassword, fromLoopback, setupToken,
                ipv6Range, ipv6Dns);
    }

    private static RequestRejectedException missing(String field) {
        return RequestRejectedException.badRequest("Missing required field for installation: '" + field + "'.");
    }

    @Override
    public String toString() {
        return "InstallRequest[" + serverIp + ", " + wgPort + ", " + wgAddressRange + ", admin " + adminUser + "]";
    }
}

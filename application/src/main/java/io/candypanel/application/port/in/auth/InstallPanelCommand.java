package io.candypanel.application.port.in.auth;

import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.network.Ipv6Cidr;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Objects;
import java.util.Optional;

/**
 * @param serverHost     the address clients connect to (IP literal or host name; validated as the {@code server_ip} setting)
 * @param dns            comma-separated DNS servers for clients (validated as the {@code dns} setting)
 * @param fromLoopback   whether the request came from this machine; other callers must present the setup token
 * @param setupToken     the one-time token printed at first start, if the caller has it
 * @param ipv6Range      wg0's IPv6 range (its clients then get IPv6 addresses too); empty for IPv4 only
 * @param ipv6Dns        IPv6 DNS servers for dual-stack clients (validated as the {@code ipv6_dns} setting); empty
 *                       keeps the setting's default
 */
public record InstallPanelCommand(String serverHost, ListenPort wgPort, Ipv4Cidr addressRange, String dns,
                                  String adminUser, String adminPassword, boolean fromLoopback,
                                  Optional<String> setupToken, Optional<Ipv6Cidr> ipv6Range, Optional<String> ipv6Dns) {

    /** An IPv4-only install. */
    public InstallPanelCommand(String serverHost, ListenPort wgPort, Ipv4Cidr addressRange, String dns, String adminUser,
                               String adminPassword, boolean fromLoopback, Optional<String> setupToken) {
        this(serverHost, wgPort, addressRange, dns, adminUser, adminPassword, fromLoopback, setupToken, Optional.empty(),
                Optional.empty());
    }

    public InstallPanelCommand {
        Objects.requireNonNull(ipv6Range, "ipv6Range");
        Objects.requireNonNull(ipv6Dns, "ipv6Dns");
        Objects.requireNonNull(serverHost, "serverHost");
        Objects.requireNonNull(wgPort, "wgPort");
        Objects.requireNonNull(addressRange, "addressRange");
        Objects.requireNonNull(dns, "dns");
        AdminAccount.validUsername(adminUser);
        AdminAccount.validPassword(adminPassword);
        Objects.requireNonNull(setupToken, "setupToken");
    }

    @Override
    public String toString() {
        return "InstallPanelCommand[" + serverHost + ", " + wgPort + ", " + addressRange + ", admin " + adminUser + "]";
    }
}

package io.candypanel.application.port.in.auth;

import io.candypanel.domain.auth.AdminAccount;
import io.candypanel.domain.network.Ipv4Cidr;
import io.candypanel.domain.wginterface.ListenPort;
import java.util.Objects;
import java.util.Optional;

/**
 * @param serverHost     the address clients connect to (IP literal or host name; validated as the {@code server_ip} setting)
 * @param dns            comma-separated DNS servers for clients (validated as the {@code dns} setting)
 * @param fromLoopback   whether the request came from this machine; other callers must present the setup token
 * @param setupToken     the one-time token printed at first start, if the caller has it
 */
public record InstallPanelCommand(String serverHost, ListenPort wgPort, Ipv4Cidr addressRange, String dns,
                                  String adminUser, String adminPassword, boolean fromLoopback,
                                  Optional<String> setupToken) {
    public InstallPanelCommand {
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

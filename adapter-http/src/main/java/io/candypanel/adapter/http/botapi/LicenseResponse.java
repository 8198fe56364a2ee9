package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.botuser.License;

/** {@code data} of {@code get_license}: the user's wg-quick config (with its private key) and the client's name. */
record LicenseResponse(String config, String clientName) {

    static LicenseResponse from(License license) {
        return new LicenseResponse(license.config(), license.client().name().value());
    }

    @Override
    public String toString() {
        return "LicenseResponse[" + clientName + ", config ***]";
    }
}

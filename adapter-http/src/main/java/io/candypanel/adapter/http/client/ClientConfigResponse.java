package io.candypanel.adapter.http.client;

/** {@code data} of {@code client/get_config}. */
record ClientConfigResponse(String config) {

    @Override
    public String toString() {
        return "ClientConfigResponse[***]";
    }
}

package io.candypanel.adapter.http.client;

/**
 * {@code data} of {@code client/share}: the token and the path of the public page. The path is
 * relative to the panel's own address, which only the admin's browser knows for sure (behind a
 * proxy or a port mapping the panel cannot tell).
 */
record ShareLinkResponse(String shareToken, String shareUrl) {

    static ShareLinkResponse of(String token) {
        return new ShareLinkResponse(token, "/s/" + token);
    }

    @Override
    public String toString() {
        return "ShareLinkResponse[***]";
    }
}

package io.candypanel.adapter.telegram.botapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body (RFC 7578) built in memory, for the Bot API's file uploads.
 * Every part gets a {@code Content-Disposition: form-data; name="..."} header, files also a
 * {@code filename} and a {@code Content-Type}; lines end in CRLF and the body ends with the closing
 * delimiter {@code --boundary--}. Parts are collected first and written in {@link #toBytes()}, so the
 * boundary can be checked against every byte of content.
 */
final class MultipartBody {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] DASHES = {'-', '-'};

    private final String boundary;
    private final List<Part> parts = new ArrayList<>();

    /**
     * @param boundary 1 to 70 characters from RFC 2046's safe set; it must not occur in any part,
     *                 which {@link #toBytes()} checks
     */
    MultipartBody(String boundary) {
        Objects.requireNonNull(boundary, "boundary");
        if (!boundary.matches("[0-9A-Za-z'()+_,./:=?-]{1,70}")) {
            throw new IllegalArgumentException("Not a valid multipart boundary: " + boundary);
        }
        this.boundary = boundary;
    }

    /** A plain form field; its value is sent as UTF-8 text. */
    MultipartBody addField(String name, String value) {
        Objects.requireNonNull(value, "value");
        parts.add(new Part(disposition(name, null), null, value.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** A file field; {@code content} is sent byte for byte. */
    MultipartBody addFile(String name, String fileName, String contentType, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("A file part needs a file name");
        }
        if (contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A content type cannot contain line breaks");
        }
        parts.add(new Part(disposition(name, fileName), contentType, content.clone()));
        return this;
    }

    /** The value for the request's {@code Content-Type} header. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] toBytes() {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            if (contains(part.content(), delimiter)) {
                // A receiver would end the part early there; the caller picks another boundary.
                throw new IllegalStateException("The multipart boundary occurs inside a part's content");
            }
            out.writeBytes(delimiter);
            out.writeBytes(CRLF);
            out.writeBytes(part.disposition().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
            if (part.contentType() != null) {
                out.writeBytes(("Content-Type: " + part.contentType()).getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(CRLF);
            }
            out.writeBytes(CRLF);
            out.writeBytes(part.content());
            out.writeBytes(CRLF);
        }
        out.writeBytes(delimiter);
        out.writeBytes(DASHES);
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    private static String disposition(String name, String fileName) {
        Objects.requireNonNull(name, "name");
        StringBuilder header = new StringBuilder("Content-Disposition: form-data; name=\"")
                .append(quoted(name)).append('"');
        if (fileName != null) {
            header.append("; filename=\"").append(quoted(fileName)).append('"');
        }
        return header.toString();
    }

    /**
     * Escapes a name or file name the way browsers do (WHATWG HTML, "multipart/form-data encoding
     * algorithm"): a quote or a line break would end the header value or the header itself. Other
     * characters, including non-ASCII ones, go out as UTF-8, which Telegram reads.
     */
    static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private record Part(String disposition, String contentType, byte[] content) {
    }
}

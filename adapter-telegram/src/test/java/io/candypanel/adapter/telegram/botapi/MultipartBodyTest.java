package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartBodyTest {
    @Test
    void writesTheExactRfc7578Layout() {
        MultipartBody body = new MultipartBody("XyZ")
                .addField("chat_id", "42")
                .addFile("document", "a.conf", "application/octet-stream", "line1\nline2".getBytes(StandardCharsets.UTF_8))
                .addField("caption", "Grüße");

        String expected = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"chat_id\"\r\n"
                + "\r\n"
                + "42\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"document\"; filename=\"a.conf\"\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "\r\n"
                + "line1\nline2\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"caption\"\r\n"
                + "\r\n"
                + "Grüße\r\n"
                + "--XyZ--\r\n";
        assertEquals(expected, new String(body.toBytes(), StandardCharsets.UTF_8));
        assertEquals("multipart/form-data; boundary=XyZ", body.contentType());
    }

    @Test
    void aBoundaryInsideTheContentIsRefused() {
        MultipartBody body = new MultipartBody("abc")
                .addFile("document", "x.bin", "application/octet-stream", "data--abcdata".getBytes(StandardCharsets.US_ASCII));

        assertThrows(IllegalStateException.class, body::toBytes);
    }

    @Test
    void quotesAndLineBreaksInNamesAreEscapedLikeBrowsersDo() {
        assertEquals("a%22b%0D%0Ac", MultipartBody.quoted("a\"b\r\nc"));
    }

    @Test
    void theContentIsCopiedWhenAdded() {
        byte[] content = {1, 2, 3};
        MultipartBody body = new MultipartBody("b").addFile("document", "x", "application/octet-stream", content);
        content[0] = 9;

        String written = new String(body.toBytes(), StandardCharsets.ISO_8859_1);
        assertEquals('\u0001', written.charAt(written.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void rejectsUnsafeBoundariesAndHeaderValues() {
        assertThrows(IllegalArgumentException.class, () -> new MultipartBody("has space"));
        assertThrows(IllegalArgumentException.class, () -> new MultipartBody("x".repeat(71)));
        assertThrows(IllegalArgumentException.class,
                () -> new MultipartBody("b").addFile("f", "x", "text/plain\r\nX-Evil: 1", new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new MultipartBody("b").addFile("f", " ", "text/plain", new byte[0]));
    }
}

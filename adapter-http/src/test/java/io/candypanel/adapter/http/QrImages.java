package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.encoder.Encoder;
import io.candypanel.adapter.http.common.QrCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads a QR PNG back: ImageIO for the image, ZXing's own reader (from core) for the text. */
final class QrImages {
    private static final String CONFIG = """
            [Interface]
            PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=
            Address = 10.0.0.2/32
            DNS = 8.8.8.8
            MTU = 1420

            [Peer]
            PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
            PresharedKey = FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=
            Endpoint = 203.0.113.1:51820
            AllowedIPs = 0.0.0.0/0, ::/0
            PersistentKeepalive = 25
            """;

    private QrImages() {
    }

    /** A realistic client config, private key included, as the use cases render it. */
    static String sampleConfig() {
        return CONFIG;
    }

    /** The image's side as {@link QrCodes} must draw it, from ZXing's encoder run independently. */
    static int expectedSide(String text) {
        try {
            int modules = Encoder.encode(text, QrCodes.ERROR_CORRECTION, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix().getWidth() + 2 * QrCodes.QUIET_ZONE_MODULES;
            return QrCodes.sideInPixels(modules);
        } catch (WriterException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts a square PNG of the right size and returns the text it encodes. */
    static String decode(byte[] png, String expectedText) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new AssertionError("not an image", e);
        }
        assertNotNull(image, "not a PNG that ImageIO can read");
        int side = expectedSide(expectedText);
        assertEquals(side, image.getWidth(), "width");
        assertEquals(side, image.getHeight(), "height");
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            // A generated image: read the modules directly (PURE_BARCODE), which is exact.
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                    DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        } catch (Exception e) {
            throw new AssertionError("the image does not decode as a QR code", e);
        }
    }
}

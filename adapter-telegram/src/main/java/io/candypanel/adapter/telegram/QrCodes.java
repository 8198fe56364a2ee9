package io.candypanel.adapter.telegram;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A client config as a QR code PNG, for the WireGuard phone apps' "scan from QR code". ZXing's encoder
 * gives the modules; a 1-bit image is drawn and written with {@code javax.imageio}, in memory. (The
 * HTTP adapter has its own copy: adapters do not depend on each other.)
 */
final class QrCodes {
    /** The quiet zone the QR specification asks for, in modules. */
    private static final int QUIET_ZONE_MODULES = 4;
    /** Whole pixels per module, to about this side, so every module stays sharp after Telegram's re-encoding. */
    private static final int TARGET_PIXELS = 512;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

    private QrCodes() {
    }

    static byte[] png(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            // Only for a text beyond the largest QR code (about 2.3 kB at level M); configs are far smaller.
            throw new IllegalStateException("the text does not fit in a QR code", e);
        }
        return toPng(render(matrix));
    }

    private static BufferedImage render(BitMatrix matrix) {
        int modules = matrix.getWidth();
        int scale = Math.max(1, TARGET_PIXELS / modules);
        int side = modules * scale;
        // TYPE_BYTE_BINARY's palette: sample 0 is black, 1 is white.
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[side];
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                int sample = matrix.get(x, y) ? 0 : 1;
                for (int i = 0; i < scale; i++) {
                    row[x * scale + i] = sample;
                }
            }
            for (int i = 0; i < scale; i++) {
                raster.setSamples(0, y * scale + i, side, 1, 0, row);
            }
        }
        return image;
    }

    private static byte[] toPng(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // An in-memory stream: ImageIO's default may cache in a temporary file.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the QR code as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

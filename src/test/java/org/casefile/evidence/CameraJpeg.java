package org.casefile.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** A JPEG as a camera writes it: EXIF with an orientation and, in IFD1, the camera's own small preview. */
final class CameraJpeg {
    private CameraJpeg() {
    }

    static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** {@code photo} with an EXIF block that carries {@code orientation} and {@code preview} (any bytes). */
    static byte[] withPreview(BufferedImage photo, int orientation, byte[] preview) throws IOException {
        byte[] plain = jpeg(photo);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 30 + preview.length);
        tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        int ifd1 = 8 + 2 + 12 + 4;
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(ifd1);
        int thumbnail = ifd1 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0201).putShort((short) 4).putInt(1).putInt(thumbnail);
        tiff.putShort((short) 0x0202).putShort((short) 4).putInt(1).putInt(preview.length);
        tiff.putInt(0);
        tiff.put(preview);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        byte[] body = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, body, 0, 6);
        System.arraycopy(tiff.array(), 0, body, 6, tiff.position());
        out.write(0xFF);
        out.write(0xE1);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xFF);
        out.write(body);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }
}

package org.casefile.packet.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JpegStreamTest {
    /**
     * Scan data full of stuffed bytes and restart markers at every offset the eight-byte scan can meet them: the
     * picture data is copied exactly and stops at the end marker, not at a restart or a stuffed 0xFF.
     */
    @Test
    void scanDataIsCopiedExactlyThroughStuffingAndRestarts() throws Exception {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            ByteArrayOutputStream scan = new ByteArrayOutputStream();
            int length = 1 + random.nextInt(300);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    scan.write(0xFF);
                    scan.write(0x00);
                } else if (kind == 1) {
                    scan.write(0xFF);
                    scan.write(0xD0 + random.nextInt(8));
                } else {
                    scan.write(random.nextInt(0xFF));
                }
            }
            byte[] data = scan.toByteArray();
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
            segment(file, 0xE1, "Exif\0\0secret".getBytes());
            segment(file, 0xC0, new byte[] {8, 0, 16, 0, 16, 1, 1, 0x11, 0});
            segment(file, 0xDD, new byte[] {0, 4});
            segment(file, 0xDA, new byte[] {1, 1, 0, 0, 63, 0});
            file.writeBytes(data);
            file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xD9});
            file.writeBytes("appended \u00ff\u00d8 picture".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            byte[] stripped = JpegStream.parse(file.toByteArray()).stripped();

            assertThat(TestPictures.contains(stripped, "secret")).isFalse();
            assertThat(TestPictures.contains(stripped, "appended")).isFalse();
            byte[] tail = Arrays.copyOfRange(stripped, stripped.length - data.length - 2, stripped.length);
            byte[] expected = Arrays.copyOf(data, data.length + 2);
            expected[data.length] = (byte) 0xFF;
            expected[data.length + 1] = (byte) 0xD9;
            assertThat(tail).isEqualTo(expected);
        }
    }

    @Test
    void aFileCutInsideTheScanIsDamaged() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(file, 0xC0, new byte[] {8, 0, 16, 0, 16, 1, 1, 0x11, 0});
        segment(file, 0xDA, new byte[] {1, 1, 0, 0, 63, 0});
        file.writeBytes(new byte[] {1, 2, 3, (byte) 0xFF, 0, 4, 5, 6, 7, 8, 9, 10, 11});
        JpegStream jpeg = JpegStream.parse(file.toByteArray());
        assertThat(jpeg.width).isEqualTo(16);
        assertThatThrownBy(jpeg::stripped).hasMessageContaining("incomplete");
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xFF);
        out.write(marker);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xFF);
        out.writeBytes(body);
    }
}

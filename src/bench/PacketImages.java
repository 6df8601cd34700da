import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casefile.packet.image.ImageJob;
import org.casefile.packet.image.ImagePreparer;
import org.casefile.packet.image.ImageStep;
import org.casefile.packet.image.PageImages;
import org.casefile.packet.image.PreparedImage;

/**
 * The packet's image work on its own, whole process, for src/bench/export until the CLI's export exists: one photo per
 * A4 page, prepared on every core, drawn upright, saved through PDFBox's temp-file cache.
 *
 * <pre>
 * java -cp target/casefile.jar:CLASSES PacketImages exif SRC.jpg DIR N     phone-like copies: EXIF orientation + GPS
 * java -cp target/casefile.jar:CLASSES PacketImages pdf none OUT.pdf FILE...            originals, lossless
 * java -cp target/casefile.jar:CLASSES PacketImages pdf 2000000 OUT.pdf FILE...         within 2,000,000 bytes
 * </pre>
 */
public class PacketImages {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("exif")) {
            exif(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        long start = System.nanoTime();
        Path out = Path.of(args[2]);
        List<ImageJob> jobs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Path file = Path.of(args[i]);
            jobs.add(new ImageJob(file, orientationOf(file), 0));
        }
        if (args[1].equals("none")) {
            write(jobs, ImageStep.ORIGINAL, out);
        } else {
            long budget = Long.parseLong(args[1]);
            List<ImageStep> ladder = ImageStep.ladder();
            int index = firstGuess(jobs.get(0), budget / jobs.size(), ladder);
            while (write(jobs, ladder.get(index), out) > budget && index < ladder.size() - 1) {
                index++;
            }
        }
        System.out.printf("%s: %d photos, %,d bytes, %d ms (in the JVM)%n", out.getFileName(), jobs.size(),
                Files.size(out), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The largest step whose size, estimated from one photo prepared at 1,024 px, fits the per-photo budget with a
     * margin: one small trial instead of walking the whole ladder from the top.
     */
    static int firstGuess(ImageJob sample, long perPhoto, List<ImageStep> ladder) throws IOException {
        ImageStep probe = new ImageStep(1024, 0.70f);
        long probeBytes = new ImagePreparer(1).prepare(sample, probe).bytes().length;
        for (int i = 1; i < ladder.size(); i++) {
            ImageStep step = ladder.get(i);
            double pixels = Math.pow(step.maxLongEdge() / 1024.0, 2);
            double quality = (1.2 - 0.70) / (1.2 - step.jpegQuality());
            if (probeBytes * pixels * quality < perPhoto * 0.9) {
                return i;
            }
        }
        return ladder.size() - 1;
    }

    static long write(List<ImageJob> jobs, ImageStep step, Path out) throws IOException {
        Path temp = out.resolveSibling(out.getFileName() + ".tmp");
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            IOException[] failure = new IOException[1];
            new ImagePreparer().prepareEach(jobs, step, image -> {
                try {
                    page(document, image);
                } catch (IOException e) {
                    failure[0] = e;
                }
            }, () -> failure[0] != null);
            if (failure[0] != null) {
                throw failure[0];
            }
            document.save(temp.toFile());
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("  step %s: %,d bytes%n", step, Files.size(out));
        return Files.size(out);
    }

    static void page(PDDocument document, PreparedImage image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            PageImages.draw(content, PageImages.embed(document, image), image.orientation(), 36, 36,
                    PDRectangle.A4.getWidth() - 72, PDRectangle.A4.getHeight() - 72);
        }
    }

    /** The orientation the bench wrote into the copy (the CLI reads it from the library's EXIF probe). */
    static int orientationOf(Path file) throws IOException {
        byte[] head = new byte[64];
        try (var in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        for (int i = 0; i < head.length - 11; i++) {
            if (head[i] == 0x01 && head[i + 1] == 0x12 && head[i + 2] == 0 && head[i + 3] == 3) {
                return head[i + 9];
            }
        }
        return 1;
    }

    /** Copies SRC N times with an EXIF block (orientation 1 or 6 in turn, a GPS position) after the JFIF header. */
    static void exif(Path source, Path dir, int count) throws IOException {
        byte[] plain = Files.readAllBytes(source);
        int afterApp0 = 2;
        if ((plain[3] & 0xFF) == 0xE0) {
            afterApp0 = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        }
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            byte[] exif = exifBlock(i % 2 == 0 ? 6 : 1);
            byte[] out = new byte[plain.length + exif.length + 4];
            System.arraycopy(plain, 0, out, 0, afterApp0);
            out[afterApp0] = (byte) 0xFF;
            out[afterApp0 + 1] = (byte) 0xE1;
            out[afterApp0 + 2] = (byte) ((exif.length + 2) >> 8);
            out[afterApp0 + 3] = (byte) (exif.length + 2);
            System.arraycopy(exif, 0, out, afterApp0 + 4, exif.length);
            System.arraycopy(plain, afterApp0, out, afterApp0 + 4 + exif.length, plain.length - afterApp0);
            // Different trailing bytes per copy, so that an import keeps every one (no duplicates).
            byte[] tail = ("photo " + i + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] file = java.util.Arrays.copyOf(out, out.length + tail.length);
            System.arraycopy(tail, 0, file, out.length, tail.length);
            Files.write(dir.resolve(String.format("IMG_%04d.jpg", i)), file);
        }
    }

    static byte[] exifBlock(int orientation) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(128);
        b.put("Exif\0\0MM".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        b.putInt(0);
        b.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }
}

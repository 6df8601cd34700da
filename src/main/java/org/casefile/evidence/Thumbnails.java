package org.casefile.evidence;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.MediaType;
import org.casefile.library.Library;
import org.casefile.pdfpage.PdfPages;

/** The grid's small pictures, kept in the library's {@code thumbnails/} under the evidence's hash. */
final class Thumbnails {
    static final int THUMBNAIL_SIDE = 320;

    private final Library library;

    Thumbnails(Library library) {
        this.library = library;
    }

    /**
     * Makes the grid's thumbnail: the camera's preview, kept byte for byte when the photo is upright, else decoded
     * and turned; otherwise the picture (or the PDF's first page) decoded small.
     */
    void make(Path copy, MediaType type, Probe probe, String sha256) throws IOException {
        byte[] preview = type == MediaType.JPEG ? CameraPreview.of(copy, probe) : null;
        if (preview != null) {
            Completeness.requireJpegEnd(copy, probe);
        }
        if (preview != null && (probe.orientation() == null || probe.orientation() <= 1)) {
            keepThumbnail(sha256, temporary -> Files.write(temporary, preview));
            return;
        }
        BufferedImage image = preview == null ? null : Images.upright(preview, probe.orientation());
        if (image == null && type.isImage()) {
            image = Images.thumbnail(copy, type, THUMBNAIL_SIDE, probe.orientation());
        } else if (image == null && type == MediaType.PDF) {
            image = pdfFirstPage(copy);
        } else if (image == null) {
            return; // videos: a poster frame needs ffmpeg, made later where it exists
        }
        BufferedImage picture = image;
        keepThumbnail(sha256, temporary -> ImageIO.write(picture, "jpeg", temporary.toFile()));
    }

    private interface ThumbnailWriter {
        void write(Path file) throws IOException;
    }

    /** Writes the thumbnail under a temporary name and moves it into place, unless the same bytes have one. */
    private void keepThumbnail(String sha256, ThumbnailWriter writer) throws IOException {
        Path target = library.thumbnails().resolve(sha256 + ".jpg");
        if (!Files.exists(target)) {
            Path temporary = library.tmpFile("thumb", ".part");
            writer.write(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static BufferedImage pdfFirstPage(Path copy) {
        try {
            return PdfPages.firstPage(copy, THUMBNAIL_SIDE)
                    .orElseThrow(() -> new RejectedFileException(Phrase.of("Import.pdfNoPages")));
        } catch (IOException e) {
            throw new RejectedFileException(Phrase.of("Import.pdfDamaged"), e);
        }
    }
}

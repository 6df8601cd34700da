package org.casefile.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casefile.domain.Evidence;
import org.casefile.domain.MediaType;
import org.casefile.evidence.EvidenceImporter;
import org.casefile.library.Library;

/**
 * The pictures the library keeps beside evidence files (thumbnails, a HEIC's converted copy, a video's poster) and
 * the picture of an item as it is shown. Part of {@link EvidenceService}.
 */
final class EvidencePictures {
    private final Library library;
    private final EvidenceImporter importer;
    /** Evidence whose missing pictures were tried once while Casefile runs (a video ffmpeg cannot read stays so). */
    private final Set<String> remakeTried = ConcurrentHashMap.newKeySet();

    EvidencePictures(Library library, EvidenceImporter importer) {
        this.library = library;
        this.importer = importer;
    }

    /**
     * The picture to show or print for this evidence: the file itself for the images Casefile decodes, the converted
     * JPEG for a HEIC photo, the poster frame for a video; empty for a PDF, or a video or HEIC without its display
     * copy (no ffmpeg or converter on this computer; a copy that went missing is made again first). The picture's
     * EXIF orientation still applies.
     */
    java.util.Optional<Path> displayImage(Evidence e) {
        if (e.mediaType() != null && e.mediaType().isImage()) {
            return java.util.Optional.of(file(e));
        }
        if (e.isVideo() || e.mediaType() == MediaType.HEIC) {
            Path copy = preview(e);
            if (!java.nio.file.Files.isRegularFile(copy)) {
                remakePictures(e);
            }
            return java.nio.file.Files.isRegularFile(copy) ? java.util.Optional.of(copy) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /**
     * The evidence as a picture at most {@code maxSide} pixels on its longer side, upright: the photo (decoded
     * subsampled), a HEIC's converted copy, a video's poster, else the thumbnail (a PDF's first page); empty when
     * there is nothing to show. Slow for big photos: call it off the FX thread.
     */
    java.util.Optional<Picture> picture(Evidence e, int maxSide) {
        java.awt.image.BufferedImage image;
        java.util.Optional<Path> display = displayImage(e);
        if (display.isPresent() && java.nio.file.Files.isRegularFile(display.get())) {
            boolean copy = !display.get().equals(file(e));
            image = org.casefile.evidence.Pictures.upright(display.get(), copy ? MediaType.JPEG : e.mediaType(),
                    maxSide, e.uprightOrientation());
        } else if (java.nio.file.Files.isRegularFile(thumbnail(e))) {
            image = org.casefile.evidence.Pictures.upright(thumbnail(e), MediaType.JPEG, maxSide, null);
        } else {
            return java.util.Optional.empty();
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return java.util.Optional.of(new Picture(image.getWidth(), image.getHeight(), pixels));
    }

    /**
     * Makes again the thumbnails and display copies missing for a case's evidence, or for the whole library when
     * {@code caseId} is null; returns how many files have their pictures back. Each file is tried once while
     * Casefile runs.
     */
    int remakeMissingPictures(Long caseId, Runnable eachMade) {
        List<Evidence> items = library.database().read(session -> caseId == null ? session.evidence().all()
                : session.evidence().forCase(caseId));
        // On every core: after an import of photos, these are its thumbnails (a decode each).
        return (int) items.parallelStream().filter(e -> {
            boolean made = remakePictures(e);
            if (made) {
                eachMade.run();
            }
            return made;
        }).count();
    }

    private boolean remakePictures(Evidence e) {
        if (importer.hasPictures(e.mediaType(), e.sha256()) || !remakeTried.add(e.sha256())) {
            return false;
        }
        importer.ensurePictures(file(e), e.mediaType(), e.sha256());
        return importer.hasPictures(e.mediaType(), e.sha256());
    }

    /** Where the display copy of a HEIC photo or a video's poster is kept (outside {@code cases/}). */
    Path preview(Evidence e) {
        return library.previews().resolve(e.sha256() + ".jpg");
    }

    Path thumbnail(Evidence e) {
        return library.thumbnails().resolve(e.sha256() + ".jpg");
    }

    private Path file(Evidence e) {
        return library.resolve(e.path());
    }
}

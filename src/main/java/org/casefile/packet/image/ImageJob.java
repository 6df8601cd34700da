package org.casefile.packet.image;

import java.nio.file.Path;

/**
 * One picture to prepare for the packet: the file to read (the evidence file, or its display copy for HEIC and the
 * poster frame for a video), its EXIF orientation (1-8, 1 when unknown), and the largest long edge in pixels the page
 * allows (from the drawn box and the profile's dpi; 0 for no limit).
 */
public record ImageJob(Path file, int orientation, int maxLongEdge) {
}

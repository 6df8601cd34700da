package org.casefile.app;

import java.nio.file.Path;
import java.util.List;

/**
 * A packet written: where, how big, how many pages and images, how far images were shrunk to meet the budget
 * ("originals" or e.g. "1600 px, quality 78%"), and notes for the buyer (e.g. a HEIC photo shown as a placeholder).
 */
public record ExportResult(Path file, long bytes, int pages, int images, String imageStep, List<String> notes) {
}

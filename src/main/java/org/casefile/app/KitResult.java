package org.casefile.app;

import java.nio.file.Path;
import java.util.List;
import org.casefile.domain.UploadDestination;

/**
 * An upload kit written and checked: its folder, the files to upload in order, the description as the form takes
 * it, and notes for the buyer (what was left out and why).
 */
public record KitResult(Path folder, UploadDestination destination, List<KitFile> uploads, String description,
                        List<String> notes) {
    public KitResult {
        uploads = List.copyOf(uploads);
        notes = List.copyOf(notes);
    }
}

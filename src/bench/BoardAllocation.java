import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.casefile.app.AgendaService;
import org.casefile.library.Library;

/**
 * What the window's start-up read of the case list and the home view allocates (issue 19): the bytes this thread
 * allocates in {@code AgendaService.board}, the first read (cold, as at start) and the median of the next five.
 * Usage: java -cp JAR:CLASSES BoardAllocation LIBRARY   (opening a library may write to it: give it a copy)
 */
public class BoardAllocation {
    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        try (Library library = Library.open(Path.of(args[0]))) {
            AgendaService agenda = new AgendaService(library.database(), Clock.systemDefaultZone());
            long[] mb = new long[6];
            int rows = 0;
            for (int i = 0; i < mb.length; i++) {
                long before = threads.getThreadAllocatedBytes(thread);
                rows = agenda.board(50).cases().size();
                mb[i] = (threads.getThreadAllocatedBytes(thread) - before) / 1_000_000;
            }
            long[] warm = java.util.Arrays.copyOfRange(mb, 1, mb.length);
            java.util.Arrays.sort(warm);
            System.out.printf("%d rows: first read %d MB allocated, then median %d MB (min %d, max %d)%n",
                    rows, mb[0], warm[warm.length / 2], warm[0], warm[warm.length - 1]);
        }
    }
}

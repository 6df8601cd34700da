package org.casefile.app;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.casefile.domain.CasefileException;
import org.casefile.domain.text.Phrase;

/**
 * Writes deadlines as an iCalendar file (RFC 5545) that calendar apps import: one all-day event per deadline with
 * reminders a week and a day before. UIDs are stable, so importing a newer file updates events instead of adding
 * them twice. The file is written under a temporary name and moved into place.
 */
public final class CalendarFile {
    private static final int[] REMINDER_DAYS = {7, 1};
    /** Octets per line before the CRLF, continuation lines included (they start with a space). */
    static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /** Writes the upcoming ones of {@code items} (missed dates are left out) and returns how many were written. */
    public static int write(List<AgendaItem> items, String libraryId, LocalDate today, Instant now, Path file) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Casefile//Casefile " + AppVersion.get() + "//EN");
        calendar.setName("Casefile deadlines");
        int written = 0;
        for (AgendaItem item : items) {
            if (item.deadline().date().isBefore(today)) {
                continue;
            }
            calendar.addEvent(event(item, libraryId, now));
            written++;
        }
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".casefile-tmp");
        try {
            StringWriter text = new StringWriter();
            try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
                // The library folds by characters; RFC 5545 counts octets, which differ for Chinese text.
                writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
                writer.write(calendar);
            }
            Files.writeString(temporary, foldByOctets(text.toString()), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new CasefileException(Phrase.of("Error.calendarNotWritten", target.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        return written;
    }

    /** Folds each content line so that no line is longer than 75 octets, never inside a character. */
    static String foldByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    static String uid(AgendaItem item, String libraryId) {
        return "casefile-" + libraryId + "-case-" + item.caseId() + "-" + item.deadline().kind().id();
    }

    private static VEvent event(AgendaItem item, String libraryId, Instant now) {
        VEvent event = new VEvent();
        event.setUid(uid(item, libraryId));
        event.setDateTimeStamp(Date.from(now));
        LocalDate date = item.deadline().date();
        event.setDateStart(new DateStart(day(date), false));
        event.setDateEnd(new DateEnd(day(date.plusDays(1)), false));
        String summary = item.deadline().kind().label() + ": " + item.platform().label() + " order "
                + item.orderNumber();
        event.setSummary(summary);
        event.setDescription(item.action() + " " + date + ".\n"
                + item.item() + "\n\nHow Casefile worked it out: " + item.deadline().kind().rule() + " "
                + item.deadline().source() + "\nSource: " + item.deadline().kind().source().label() + ".");
        event.addCategories("Casefile");
        for (int days : REMINDER_DAYS) {
            event.addAlarm(VAlarm.display(new Trigger(new Duration.Builder().prior(true).days(days).build(),
                    Related.START), summary + " (in " + days + (days == 1 ? " day)" : " days)")));
        }
        return event;
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}

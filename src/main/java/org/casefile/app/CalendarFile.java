package org.casefile.app;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.casefile.domain.CasefileException;

/**
 * Writes deadlines as an iCalendar file (RFC 5545) that calendar apps import: one all-day event per deadline with
 * reminders a week and a day before. UIDs are stable, so importing a newer file updates events instead of adding
 * them twice. The file is written under a temporary name and moved into place.
 */
public final class CalendarFile {
    private static final int[] REMINDER_DAYS = {7, 1};

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
            try (OutputStream out = Files.newOutputStream(temporary)) {
                Biweekly.write(calendar).go(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw new CasefileException("Casefile could not write the calendar file " + target + ": "
                    + e.getMessage(), e);
        }
        return written;
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
        event.setDescription(item.deadline().kind().action(item.orderNumber()) + " " + date + ".\n"
                + item.item() + "\n\nHow Casefile worked it out: " + item.deadline().kind().rule() + " "
                + item.deadline().source());
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

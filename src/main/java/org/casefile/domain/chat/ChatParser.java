package org.casefile.domain.chat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.text.Phrase;

/**
 * Reads a chat transcript as buyers paste it. A message starts at a line naming its sender, a time, or both
 * ("2026-10-05 14:32 Seller: text", a time line then "Yunda Digital Store", "You: text", "Message from …"); the lines
 * after it are its text until the next start. Lines that come before any sender and time are returned as not
 * understood, never dropped.
 */
public final class ChatParser {
    static final int MAX_NAME = Senders.MAX_NAME;
    private static final Pattern MESSAGE_FROM = Pattern.compile("^(?:message from|from|sent by)\\s*:?\\s+(.+?)"
            + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** Button and status labels that come along when a chat page is copied. */
    private static final Set<String> PAGE_NOISE = Set.of("translate", "show original", "see translation", "read",
            "unread", "sent", "delivered", "seen", "copy", "reply", "view order", "order details", "order details >",
            "view details", "已读", "未读", "翻译", "traduire", "voir l'original", "lu", "envoye", "traducir",
            "ver original", "leido", "enviado", "ubersetzen", "original anzeigen", "gelesen", "gesendet",
            "traduzir", "lida", "visto", "번역", "원문 보기", "읽음", "안읽음", "전송됨");
    /** Why the lines of a header that could not be read, and the text under it, are not imported. */
    static final Phrase UNREADABLE = Phrase.of("Chat.unreadable");
    static final Phrase AFTER_UNREADABLE = Phrase.of("Chat.afterUnreadable");
    /** KakaoTalk on a computer: "[판매자] [오후 3:05] 메시지". */
    private static final Pattern NAME_TIME_TEXT = Pattern.compile("^\\[([^\\]]{1," + MAX_NAME + "})\\]\\s*"
            + "\\[([^\\]]{1,40})\\]\\s*(.*)$");
    private static final Pattern NAME_THEN_TEXT = Pattern.compile("^([^:：]{1," + MAX_NAME + "})[:：]\\s*(.*)$");

    private ChatParser() {
    }

    public static ParsedChat parse(String transcript, DateOrder order, String sellerName) {
        return parse(transcript, order, sellerName, ChatDays.NONE);
    }

    /** As above; {@code days} dates the headers that give no year or only a weekday (see {@link ChatDays}). */
    public static ParsedChat parse(String transcript, DateOrder order, String sellerName, ChatDays days) {
        String[] lines = (transcript == null ? "" : transcript).split("\\r?\\n|\\r", -1);
        Map<String, Integer> prefixes = countPrefixes(lines);
        State state = new State(order, days, nextFullDates(lines, order));
        for (int i = 0; i < lines.length; i++) {
            boolean beforeTimestamp = i + 1 < lines.length && isTimestampOnly(lines[i + 1], order);
            // French pages put a non-breaking space before the colon ("Moi\u00A0:"): read it as a space.
            state.line(i + 1, lines[i].replaceAll("[\\p{Cntrl}&&[^\\t]]", "").replaceAll("[\u00A0\u2007\u202F]", " ")
                    .strip(), sellerName, prefixes, beforeTimestamp);
        }
        state.flush();
        return new ParsedChat(state.messages, state.unparsed, order);
    }

    private static boolean isTimestampOnly(String line, DateOrder order) {
        Timestamps.Found found = Timestamps.atStart(line.strip(), order);
        return found != null && line.strip().substring(found.end()).replaceAll("[\\]\\s]", "").isEmpty();
    }

    /** For each line (numbered from 1), the first date given in full on a later line, or null. */
    private static LocalDate[] nextFullDates(String[] lines, DateOrder order) {
        LocalDate[] next = new LocalDate[lines.length + 2];
        for (int i = lines.length - 1; i >= 0; i--) {
            Timestamps.Found found = Timestamps.atStart(lines[i].strip(), order);
            if (found == null) {
                found = Timestamps.atEnd(lines[i].strip(), order);
            }
            next[i] = found != null && found.date() != null ? found.date() : next[i + 1];
        }
        return next;
    }

    /** "Name:" prefixes and how often they begin a line: a name seen twice is a sender, not a word before a colon. */
    private static Map<String, Integer> countPrefixes(String[] lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher m = NAME_THEN_TEXT.matcher(line.strip());
            if (m.matches()) {
                counts.merge(m.group(1).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Walks the lines, keeping the current date, time, sender and the message being read. */
    private static final class State {
        private final DateOrder order;
        private final ChatDays days;
        /** Per line number, the next date given in full after it: what a weekday header is dated against. */
        private final LocalDate[] nextFull;
        private int number;
        private final List<ParsedChat.Line> messages = new ArrayList<>();
        private final List<ParsedChat.Unparsed> unparsed = new ArrayList<>();
        private LocalDate date;
        private LocalTime time;
        private Senders.Sender sender;
        private StringBuilder text;
        private int startLine;
        private LocalDateTime startAt;
        private Senders.Sender startSender;
        /** After a header that could not be read, until the next readable time: nothing is filed under a guess. */
        private boolean lost;
        /** The line being read, as pasted: what is reported when none of it is imported. */
        private String whole;

        State(DateOrder order, ChatDays days, LocalDate[] nextFull) {
            this.order = order;
            this.days = days;
            this.nextFull = nextFull;
        }

        void line(int number, String line, String sellerName, Map<String, Integer> prefixes,
                  boolean beforeTimestamp) {
            whole = line;
            this.number = number;
            if (line.isEmpty()) {
                if (text != null) {
                    text.append('\n');
                }
                return;
            }
            if (PAGE_NOISE.contains(CalendarWords.fold(line))) {
                unparsed.add(new ParsedChat.Unparsed(number, line, Phrase.of("Chat.pageLabel")));
                return;
            }
            if (nameTimeText(number, line, sellerName)) {
                return;
            }
            Timestamps.Found found = Timestamps.atStart(line, order);
            String rest = found == null ? null : line.substring(found.end()).replaceFirst("^[\\]),\\s-–—]+", "")
                    .strip();
            if (found == null && Timestamps.looksLikeHeader(line) || rest != null && Timestamps.looksLikeHeader(rest)
                    || found == null && unreadableAtEnd(line, sellerName)) {
                unreadable(number, line);
                return;
            }
            if (found != null) {
                if (!setClock(found)) {
                    return;
                }
                if (rest.isEmpty()) {
                    flush();
                    return;
                }
                Matcher nameText = NAME_THEN_TEXT.matcher(rest);
                if (nameText.matches()) {
                    Senders.Sender who = Senders.of(nameText.group(1), sellerName, true);
                    if (who != null) {
                        start(number, who, nameText.group(2));
                        return;
                    }
                }
                Senders.Sender who = Senders.of(rest, sellerName, false);
                if (who != null) {
                    flush();
                    sender = who;
                    return;
                }
                start(number, sender, rest);
                return;
            }
            Timestamps.Found trailing = Timestamps.atEnd(line, order);
            if (trailing != null) {
                Senders.Sender who = Senders.of(line.substring(0, trailing.start()), sellerName, true);
                if (who != null) {
                    flush();
                    if (setClock(trailing)) {
                        sender = who;
                    }
                    return;
                }
            }
            Matcher from = MESSAGE_FROM.matcher(line);
            if (from.matches() && Senders.of(from.group(1), sellerName, true) != null) {
                flush();
                sender = Senders.of(from.group(1), sellerName, true);
                return;
            }
            if (line.endsWith(":") || line.endsWith("：")) {
                Senders.Sender who = Senders.of(line, sellerName, true);
                if (who != null) {
                    flush();
                    sender = who;
                    return;
                }
            }
            Matcher nameText = NAME_THEN_TEXT.matcher(line);
            if (nameText.matches() && !nameText.group(2).isBlank()) {
                String name = nameText.group(1).strip();
                boolean repeated = prefixes.getOrDefault(name.toLowerCase(Locale.ROOT), 0) > 1;
                Senders.Sender who = Senders.of(name, sellerName, repeated);
                if (who != null) {
                    start(number, who, nameText.group(2));
                    return;
                }
            }
            // A name alone on its line: a known sender, or a short line just before a time that does not end like a
            // sentence ("It has been 25 days." is the end of a message, "Yunda Official Store" a name).
            Senders.Sender alone = Senders.of(line, sellerName, beforeTimestamp && line.length() <= 40
                    && !line.matches(".*[.!?。！？…]$"));
            if (alone != null) {
                flush();
                sender = alone;
                return;
            }
            if (text != null) {
                text.append('\n').append(line);
                return;
            }
            start(number, sender, line);
        }

        private boolean nameTimeText(int number, String line, String sellerName) {
            Matcher m = NAME_TIME_TEXT.matcher(line);
            if (!m.matches()) {
                return false;
            }
            Timestamps.Found clock = Timestamps.atStart(m.group(2), order);
            Senders.Sender who = Senders.of(m.group(1), sellerName, true);
            if (clock == null || who == null || !m.group(2).substring(clock.end()).isBlank()) {
                return false;
            }
            if (setClock(clock)) {
                start(number, who, m.group(3));
            }
            return true;
        }

        /** A header that cannot be read: reported, and the text under it too, until the next readable time. */
        private void unreadable(int number, String line) {
            flush();
            unparsed.add(new ParsedChat.Unparsed(number, line, UNREADABLE));
            lost = true;
        }

        /** "Yunda Digital Store 2026-13-45 14:00": a known sender, then something like a header that is no date. */
        private boolean unreadableAtEnd(String line, String sellerName) {
            for (int i = line.indexOf(' '); i > 0 && line.length() <= Timestamps.MAX_HEADER_LENGTH;
                 i = line.indexOf(' ', i + 1)) {
                String after = line.substring(i + 1);
                if (Timestamps.looksLikeHeader(after) && Timestamps.atStart(after, order) == null
                        && Senders.of(line.substring(0, i), sellerName, false) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Moves the clock to a header; false (and the header listed as not understood) when it gives no year or only
         * a weekday and the case's days cannot say which day it was.
         */
        private boolean setClock(Timestamps.Found found) {
            flush();
            LocalDate day = found.date();
            if (found.monthDay() != null) {
                day = days.withYear(found.monthDay());
            } else if (found.weekday() != null) {
                // Line numbers count from 1; nextFull[number] is the first full date after this line.
                day = days.weekday(found.weekday(), date, nextFull[number]);
            }
            if (found.partial() && day == null) {
                unreadable(number, whole);
                return false;
            }
            lost = false;
            if (day != null) {
                date = day;
            }
            time = found.time();
            return true;
        }

        private void start(int number, Senders.Sender who, String first) {
            flush();
            if (lost) {
                unparsed.add(new ParsedChat.Unparsed(number, whole, AFTER_UNREADABLE));
                return;
            }
            if (who == null || date == null) {
                unparsed.add(new ParsedChat.Unparsed(number, first,
                        Phrase.of(who == null ? "Chat.noSender" : "Chat.noDate")));
                return;
            }
            sender = who;
            startSender = who;
            startLine = number;
            startAt = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
            text = new StringBuilder(first.strip());
        }

        void flush() {
            if (text != null) {
                String body = text.toString().strip().replaceAll("\\n{3,}", "\n\n");
                if (!body.isEmpty()) {
                    messages.add(new ParsedChat.Line(startLine, startAt, startSender.author(), startSender.name(),
                            body));
                }
                text = null;
            }
        }
    }
}

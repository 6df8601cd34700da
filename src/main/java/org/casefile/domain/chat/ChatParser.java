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
import org.casefile.domain.Author;

/**
 * Reads a chat transcript as buyers paste it. A message starts at a line naming its sender, a time, or both
 * ("2026-10-05 14:32 Seller: text", a time line then "Yunda Digital Store", "You: text", "Message from …"); the lines
 * after it are its text until the next start. Lines that come before any sender and time are returned as not
 * understood, never dropped.
 */
public final class ChatParser {
    static final int MAX_NAME = 60;
    private static final Set<String> BUYER = Set.of("you", "me", "i", "buyer", "myself", "我", "买家");
    private static final Set<String> PLATFORM = Set.of("platform", "system", "aliexpress", "temu", "amazon", "ebay",
            "customer service", "aliexpress customer service", "amazon customer service", "ebay customer support",
            "temu customer service", "mediator", "系统", "平台");
    private static final Set<String> SELLER = Set.of("seller", "store", "shop", "卖家");
    private static final Pattern MESSAGE_FROM = Pattern.compile("^(?:message from|from|sent by)\\s*:?\\s+(.+?)"
            + "\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** Button and status labels that come along when a chat page is copied. */
    private static final Set<String> PAGE_NOISE = Set.of("translate", "show original", "see translation", "read",
            "unread", "sent", "delivered", "seen", "copy", "reply", "view order", "order details", "order details >",
            "view details", "已读", "未读", "翻译");
    private static final Pattern NAME_THEN_TEXT = Pattern.compile("^([^:：]{1," + MAX_NAME + "})[:：]\\s*(.*)$");

    private ChatParser() {
    }

    public static ParsedChat parse(String transcript, DateOrder order, String sellerName) {
        String[] lines = (transcript == null ? "" : transcript).split("\\r?\\n|\\r", -1);
        Map<String, Integer> prefixes = countPrefixes(lines);
        State state = new State(order);
        for (int i = 0; i < lines.length; i++) {
            boolean beforeTimestamp = i + 1 < lines.length && isTimestampOnly(lines[i + 1], order);
            state.line(i + 1, lines[i].replaceAll("[\\p{Cntrl}&&[^\\t]]", "").strip(), sellerName, prefixes,
                    beforeTimestamp);
        }
        state.flush();
        return new ParsedChat(state.messages, state.unparsed, order);
    }

    private static boolean isTimestampOnly(String line, DateOrder order) {
        Timestamps.Found found = Timestamps.atStart(line.strip(), order);
        return found != null && line.strip().substring(found.end()).replaceAll("[\\]\\s]", "").isEmpty();
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

    /** Who a name stands for, or null when it is not a sender. */
    static Sender sender(String name, String sellerName, boolean trusted) {
        String key = name.strip().replaceAll("[:：]$", "").strip();
        String lower = key.toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > MAX_NAME || key.matches(".*\\d{4,}.*")) {
            return null;
        }
        if (BUYER.contains(lower)) {
            return new Sender(Author.BUYER, null);
        }
        if (PLATFORM.contains(lower)) {
            return new Sender(Author.PLATFORM, null);
        }
        if (SELLER.contains(lower)) {
            return new Sender(Author.SELLER, sellerName);
        }
        if (sellerName != null && lower.equals(sellerName.strip().toLowerCase(Locale.ROOT))) {
            return new Sender(Author.SELLER, sellerName.strip());
        }
        return trusted ? new Sender(Author.SELLER, key) : null;
    }

    record Sender(Author author, String name) {
    }

    /** Walks the lines, keeping the current date, time, sender and the message being read. */
    private static final class State {
        private final DateOrder order;
        private final List<ParsedChat.Line> messages = new ArrayList<>();
        private final List<ParsedChat.Unparsed> unparsed = new ArrayList<>();
        private LocalDate date;
        private LocalTime time;
        private Sender sender;
        private StringBuilder text;
        private int startLine;
        private LocalDateTime startAt;
        private Sender startSender;

        State(DateOrder order) {
            this.order = order;
        }

        void line(int number, String line, String sellerName, Map<String, Integer> prefixes,
                  boolean beforeTimestamp) {
            if (line.isEmpty()) {
                if (text != null) {
                    text.append('\n');
                }
                return;
            }
            if (PAGE_NOISE.contains(line.toLowerCase(Locale.ROOT))) {
                unparsed.add(new ParsedChat.Unparsed(number, line, "a label copied from the page"));
                return;
            }
            Timestamps.Found found = Timestamps.atStart(line, order);
            if (found != null) {
                setClock(found);
                String rest = line.substring(found.end()).replaceFirst("^[\\]\\s-–—]+", "").strip();
                if (rest.isEmpty()) {
                    flush();
                    return;
                }
                Matcher nameText = NAME_THEN_TEXT.matcher(rest);
                if (nameText.matches()) {
                    Sender who = sender(nameText.group(1), sellerName, true);
                    if (who != null) {
                        start(number, who, nameText.group(2));
                        return;
                    }
                }
                Sender who = sender(rest, sellerName, false);
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
                Sender who = sender(line.substring(0, trailing.start()), sellerName, true);
                if (who != null) {
                    flush();
                    setClock(trailing);
                    sender = who;
                    return;
                }
            }
            Matcher from = MESSAGE_FROM.matcher(line);
            if (from.matches() && sender(from.group(1), sellerName, true) != null) {
                flush();
                sender = sender(from.group(1), sellerName, true);
                return;
            }
            if (line.endsWith(":") || line.endsWith("：")) {
                Sender who = sender(line, sellerName, true);
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
                Sender who = sender(name, sellerName, repeated);
                if (who != null) {
                    start(number, who, nameText.group(2));
                    return;
                }
            }
            // A name alone on its line: a known sender, or any short line just before a time.
            Sender alone = sender(line, sellerName, beforeTimestamp && line.length() <= 40);
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

        private void setClock(Timestamps.Found found) {
            flush();
            if (found.date() != null) {
                date = found.date();
                time = found.time();
            } else {
                time = found.time();
            }
        }

        private void start(int number, Sender who, String first) {
            flush();
            if (who == null || date == null) {
                unparsed.add(new ParsedChat.Unparsed(number, first, who == null
                        ? "no sender before this line" : "no date before this line"));
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

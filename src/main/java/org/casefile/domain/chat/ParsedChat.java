package org.casefile.domain.chat;

import java.time.LocalDateTime;
import java.util.List;
import org.casefile.domain.Author;

/** What the parser made of a transcript: the messages, the lines it could not place, the date order it used. */
public record ParsedChat(List<Line> messages, List<Unparsed> unparsed, DateOrder order) {

    /** A message and the transcript line it starts on; {@code translation} is the buyer's, added in the preview. */
    public record Line(int line, LocalDateTime at, Author author, String authorName, String text,
                       String translation) {
        public Line(int line, LocalDateTime at, Author author, String authorName, String text) {
            this(line, at, author, authorName, text, null);
        }
    }

    /** The same messages with the buyer's translations, looked up by each message's text. */
    public ParsedChat withTranslations(java.util.Map<String, String> byText) {
        return new ParsedChat(messages.stream().map(m -> new Line(m.line(), m.at(), m.author(), m.authorName(),
                m.text(), byText.getOrDefault(m.text(), m.translation()))).toList(), unparsed, order);
    }

    /** A line that is not part of any message, and why (a phrase, so the paste dialog says it in its language). */
    public record Unparsed(int line, String text, org.casefile.domain.text.Phrase reason) {
        /** Why, in English: what {@code import-chat} prints. */
        public String why() {
            return org.casefile.domain.text.RuleText.english(reason);
        }
    }
}

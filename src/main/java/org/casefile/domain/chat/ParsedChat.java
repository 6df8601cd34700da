package org.casefile.domain.chat;

import java.time.LocalDateTime;
import java.util.List;
import org.casefile.domain.Author;

/** What the parser made of a transcript: the messages, the lines it could not place, the date order it used. */
public record ParsedChat(List<Line> messages, List<Unparsed> unparsed, DateOrder order) {

    /** A message and the transcript line it starts on. */
    public record Line(int line, LocalDateTime at, Author author, String authorName, String text) {
    }

    /** A line that is not part of any message, and why. */
    public record Unparsed(int line, String text, String why) {
    }
}

package org.casefile.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of an HTML email, for one that has no plain-text part: tags dropped, lines kept, entities decoded. */
final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/p|/div|/tr|/h[1-6]|/li|/table)\\b[^>]*>");
    private static final Pattern CELLS = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    static String of(String html) {
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = CELLS.matcher(text).replaceAll(" ");
        text = TAGS.matcher(text).replaceAll("");
        text = decode(text);
        return Texts.tidy(text);
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String reference) {
        try {
            int code = reference.startsWith("#x") || reference.startsWith("#X")
                    ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : " ";
        } catch (NumberFormatException e) {
            return " ";
        }
    }
}

package org.casefile.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casefile.domain.Author;
import org.junit.jupiter.api.Test;

class ChatParserTest {
    private static final String SELLER = "Yunda Digital Store";

    private static ParsedChat parse(String text, DateOrder order) {
        return ParsedChat.class.cast(ChatParser.parse(text, order, SELLER));
    }

    private static List<String> summary(ParsedChat chat) {
        return chat.messages().stream().map(m -> m.at() + " " + m.author().id()
                + (m.authorName() == null ? "" : "(" + m.authorName() + ")") + ": " + m.text()).toList();
    }

    @Test
    void theDesignFormatWithMultiLineMessagesAndChinese() {
        ParsedChat chat = parse("""
                2026-10-05 14:32 buyer: Hello, where is my parcel?
                2026-10-05 18:01 Yunda Digital Store: 您好，包裹已经发出。
                Please wait 7 days.
                2026-10-06 09:15 platform: The buyer has opened a dispute.
                """, DateOrder.DAY_FIRST);
        assertThat(summary(chat)).containsExactly(
                "2026-10-05T14:32 buyer: Hello, where is my parcel?",
                "2026-10-05T18:01 seller(Yunda Digital Store): 您好，包裹已经发出。\nPlease wait 7 days.",
                "2026-10-06T09:15 platform: The buyer has opened a dispute.");
        assertThat(chat.unparsed()).isEmpty();
        assertThat(chat.messages().get(1).line()).isEqualTo(2);
    }

    @Test
    void aliexpressStyleNamesAndTimesOnTheirOwnLines() {
        ParsedChat chat = parse("""
                Order details >
                Yunda Official Store
                Oct 5, 2026, 18:01
                亲，您好！Dear friend, please format the disk.
                Translate

                You
                Oct 5, 2026, 20:12
                I formatted it. It still shows 512GB.

                It does not work.
                """, DateOrder.DAY_FIRST);
        assertThat(summary(chat)).containsExactly(
                "2026-10-05T18:01 seller(Yunda Official Store): 亲，您好！Dear friend, please format the disk.",
                "2026-10-05T20:12 buyer: I formatted it. It still shows 512GB.\n\nIt does not work.");
        assertThat(chat.unparsed()).extracting(ParsedChat.Unparsed::line).containsExactly(1, 5);
    }

    @Test
    void twelveHourTimesAndTheDateOrderDecidesAmbiguousDates() {
        String temu = """
                10/05/2026 2:32 PM
                Seller: Sorry for the trouble. We will resend.
                10/05/2026 3:01 PM
                Me: OK, thank you.
                13/05/2026 9:00 am
                Me: Still nothing.
                """;
        assertThat(summary(parse(temu, DateOrder.MONTH_FIRST))).containsExactly(
                "2026-10-05T14:32 seller(Yunda Digital Store): Sorry for the trouble. We will resend.",
                "2026-10-05T15:01 buyer: OK, thank you.",
                "2026-05-13T09:00 buyer: Still nothing.");
        assertThat(summary(parse(temu, DateOrder.DAY_FIRST)).get(0)).startsWith("2026-05-10T14:32");
    }

    @Test
    void amazonMessageFromAndEbayNamesBeforeAColon() {
        ParsedChat amazon = parse("""
                Message from Yunda Digital Store
                October 5, 2026 2:32 PM
                Your item was shipped with Cainiao.
                Message from Amazon Customer Service
                October 7, 2026 10:00 AM
                We have asked the seller to respond.
                """, DateOrder.DAY_FIRST);
        assertThat(summary(amazon)).containsExactly(
                "2026-10-05T14:32 seller(Yunda Digital Store): Your item was shipped with Cainiao.",
                "2026-10-07T10:00 platform: We have asked the seller to respond.");

        ParsedChat ebay = parse("""
                5 October 2026
                14:32 gadget_outlet_uk: We sent it again today.
                15:10 You: Please send the tracking number.
                16:00 gadget_outlet_uk: LP00612345678901CN
                """, DateOrder.DAY_FIRST);
        assertThat(summary(ebay)).containsExactly(
                "2026-10-05T14:32 seller(gadget_outlet_uk): We sent it again today.",
                "2026-10-05T15:10 buyer: Please send the tracking number.",
                "2026-10-05T16:00 seller(gadget_outlet_uk): LP00612345678901CN");
    }

    @Test
    void chineseDatesAndNameThenTimeOnOneLine() {
        ParsedChat chat = parse("""
                Yunda Digital Store 2026年10月5日 18:01
                我们会补发一个新的。
                You [2026-10-05 20:12]
                Thank you.
                """, DateOrder.DAY_FIRST);
        assertThat(summary(chat)).containsExactly(
                "2026-10-05T18:01 seller(Yunda Digital Store): 我们会补发一个新的。",
                "2026-10-05T20:12 buyer: Thank you.");
    }

    @Test
    void linesItCannotPlaceAreShownNotDropped() {
        ParsedChat chat = parse("""
                hello there
                Note: this is not a sender
                2026-10-05 14:32 You: Hi
                2026-13-45 99:99 You: broken date
                """, DateOrder.DAY_FIRST);
        assertThat(summary(chat)).containsExactly("2026-10-05T14:32 buyer: Hi");
        assertThat(chat.unparsed()).extracting(ParsedChat.Unparsed::text)
                .containsExactly("hello there", "Note: this is not a sender", "2026-13-45 99:99 You: broken date");
        assertThat(chat.unparsed().get(0).why()).isEqualTo("no sender before this line");
    }

    @Test
    void emptyAndHostileInputGivesNothingNotAnError() {
        assertThat(parse("", DateOrder.DAY_FIRST).messages()).isEmpty();
        assertThat(ChatParser.parse(null, DateOrder.DAY_FIRST, null).messages()).isEmpty();
        ParsedChat junk = parse("\u0000\u0001:::\n: : :\n99:99\n[[[\n" + "x".repeat(20_000), DateOrder.DAY_FIRST);
        assertThat(junk.messages()).isEmpty();
        assertThat(junk.unparsed()).isNotEmpty();
    }

    @Test
    void theCountryChoosesTheDateOrder() {
        assertThat(DateOrder.forCountry("US")).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(DateOrder.forCountry("GB")).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DateOrder.forCountry(null)).as("the computer's locale")
                .isEqualTo(DateOrder.forCountry(java.util.Locale.getDefault().getCountry()));
    }
}

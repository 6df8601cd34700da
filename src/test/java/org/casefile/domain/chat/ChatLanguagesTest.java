package org.casefile.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chats as buyers copy them from pages in English, Korean, Spanish, French, German, Brazilian Portuguese and
 * Chinese: headers on their own lines and inline, 12- and 24-hour clocks. Each checks every message's time, author
 * and text, so a message glued to another, one made from part of a date or one given an earlier time shows.
 */
class ChatLanguagesTest {
    private static final String SELLER = "Yunda Digital Store";

    private static List<String> read(String text, DateOrder order) {
        ParsedChat chat = ChatParser.parse(text, order, SELLER);
        assertThat(chat.unparsed()).as("every line read").isEmpty();
        return summary(chat);
    }

    private static List<String> summary(ParsedChat chat) {
        return chat.messages().stream().map(m -> m.at() + " " + m.author().id()
                + (m.authorName() == null ? "" : "(" + m.authorName() + ")") + ": " + m.text()).toList();
    }

    @Test
    void englishWithWeekdaysAndTwelveHourClocksWrittenEveryWay() {
        assertThat(read("""
                Yunda Official Store
                Oct 5, 2026, 3:05 PM
                Hello friend, the parcel is on the way.
                You
                Oct 5, 2026, 9:12 p.m.
                It has been 25 days.
                Monday, October 12, 2026 at 10:00 a.m.
                Me: Still nothing.
                12 Oct 2026 12:30 am Seller: We will resend.
                """, DateOrder.MONTH_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Official Store): Hello friend, the parcel is on the way.",
                "2026-10-05T21:12 buyer: It has been 25 days.",
                "2026-10-12T10:00 buyer: Still nothing.",
                "2026-10-12T00:30 seller(Yunda Digital Store): We will resend.");
    }

    @Test
    void koreanDatesWithTheTwelveHourWordBeforeTheTime() {
        // Before, "오후 3" before the colon was taken for a sender and a message "25" was made of the minutes.
        assertThat(read("""
                2026년 10월 5일 월요일
                판매자
                오후 3:05
                안녕하세요, 고객님. 상품은 이미 발송되었습니다.
                나
                오후 3:25
                25일이 지났는데 아직 못 받았어요.
                2026. 10. 6. 오전 9:15 - 판매자: 다시 보내 드리겠습니다.
                2026. 10. 6. 오후 12:30 - 나: 감사합니다.
                2026년 10월 7일 오후 3시 5분, 저 : 아직 안 왔어요.
                2026. 10. 8. 21:40 - 구매자: 환불해 주세요.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): 안녕하세요, 고객님. 상품은 이미 발송되었습니다.",
                "2026-10-05T15:25 buyer: 25일이 지났는데 아직 못 받았어요.",
                "2026-10-06T09:15 seller(Yunda Digital Store): 다시 보내 드리겠습니다.",
                "2026-10-06T12:30 buyer: 감사합니다.",
                "2026-10-07T15:05 buyer: 아직 안 왔어요.",
                "2026-10-08T21:40 buyer: 환불해 주세요.");
    }

    @Test
    void kakaoTalkCopiedOnAComputer() {
        assertThat(read("""
                --------------- 2026년 10월 5일 월요일 ---------------
                [Yunda Digital Store] [오후 3:05] 안녕하세요, 발송되었습니다.
                [나] [오후 3:25] 25일째 기다리고 있어요.
                추적 번호를 알려 주세요.
                --------------- 2026년 10월 6일 화요일 ---------------
                [Yunda Digital Store] [오전 12:10] 다시 보내 드리겠습니다.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): 안녕하세요, 발송되었습니다.",
                "2026-10-05T15:25 buyer: 25일째 기다리고 있어요.\n추적 번호를 알려 주세요.",
                "2026-10-06T00:10 seller(Yunda Digital Store): 다시 보내 드리겠습니다.");
    }

    @Test
    void chineseDatesWithShangwuAndXiawu() {
        assertThat(read("""
                2026年10月5日 下午3:05
                卖家：亲，您的包裹已经发出了。
                2026年10月5日 下午3:25
                我：已经25天了，还没收到。
                2026/10/6 上午9:15
                卖家：我们会补发一个新的。
                2026年10月6日 星期二 晚上8:00
                我：好的，谢谢。
                2026-10-07 14:00:12 系统：买家已提起纠纷。
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): 亲，您的包裹已经发出了。",
                "2026-10-05T15:25 buyer: 已经25天了，还没收到。",
                "2026-10-06T09:15 seller(Yunda Digital Store): 我们会补发一个新的。",
                "2026-10-06T20:00 buyer: 好的，谢谢。",
                "2026-10-07T14:00:12 platform: 买家已提起纠纷。");
    }

    @Test
    void spanishMonthsWithAndWithoutDotsAndTheJdksPM() {
        // The JDK prints "p. m." with a non-breaking space; pages copy it as it is.
        assertThat(read("""
                5 oct 2026, 3:05 p.\u00A0m.
                Vendedor: Hola, su paquete ya fue enviado.
                5 OCT. 2026, 3:25 p. m.
                Yo: Ya pasaron 25 días.
                lunes, 12 de octubre de 2026 a las 10:00
                Tú: Sigo sin recibir nada.
                13/10/26, 9:15 a. m. - Tienda Yunda: Lo sentimos, lo enviamos de nuevo.
                13/10/26, 21:15 - Yo: Gracias.
                sáb, 17 de oct. de 2026 8:00 de la tarde
                Usted: Tampoco llegó.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): Hola, su paquete ya fue enviado.",
                "2026-10-05T15:25 buyer: Ya pasaron 25 días.",
                "2026-10-12T10:00 buyer: Sigo sin recibir nada.",
                "2026-10-13T09:15 seller(Tienda Yunda): Lo sentimos, lo enviamos de nuevo.",
                "2026-10-13T21:15 buyer: Gracias.",
                "2026-10-17T20:00 buyer: Tampoco llegó.");
    }

    @Test
    void frenchHoursWrittenWithHAndASpaceBeforeTheColon() {
        assertThat(read("""
                Vendeur 5 oct. 2026 à 14 h 05
                Bonjour, votre colis a été expédié.
                Moi 5 oct. 2026 à 14 h 25
                Cela fait 25 jours.
                lundi 12 octobre 2026
                09:15 Vendeur : Nous allons renvoyer le colis.
                09h40 Moi\u00A0: Merci.
                1er févr. 2027 10:00 Vous : Toujours rien.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T14:05 seller(Yunda Digital Store): Bonjour, votre colis a été expédié.",
                "2026-10-05T14:25 buyer: Cela fait 25 jours.",
                "2026-10-12T09:15 seller(Yunda Digital Store): Nous allons renvoyer le colis.",
                "2026-10-12T09:40 buyer: Merci.",
                "2027-02-01T10:00 buyer: Toujours rien.");
    }

    @Test
    void germanDottedDatesAndMonthNames() {
        assertThat(read("""
                05.10.2026, 15:05 - Verkäufer: Hallo, das Paket ist unterwegs.
                05.10.2026, 15:25 - Ich: Es sind schon 25 Tage.
                Mo., 12. Okt. 2026, 10:00
                Ich
                Immer noch nichts angekommen.
                Montag, 12. Oktober 2026 um 16:30
                Yunda Digital Store
                Wir senden es erneut.
                [13.10.26, 09:05:33] KÄUFER: Danke.
                3. März 2027 8:00 Du: Wieder nichts.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): Hallo, das Paket ist unterwegs.",
                "2026-10-05T15:25 buyer: Es sind schon 25 Tage.",
                "2026-10-12T10:00 buyer: Immer noch nichts angekommen.",
                "2026-10-12T16:30 seller(Yunda Digital Store): Wir senden es erneut.",
                "2026-10-13T09:05:33 buyer: Danke.",
                "2027-03-03T08:00 buyer: Wieder nichts.");
    }

    @Test
    void brazilianPortugueseWithDeBetweenTheParts() {
        assertThat(read("""
                5 de out. de 2026 15:05
                Vendedor: Olá, seu pacote já foi enviado.
                5 de out. de 2026 15:25
                Eu: Já se passaram 25 dias.
                segunda-feira, 12 de outubro de 2026 10:00
                Você: Ainda nada.
                12/10/2026 3:30 da tarde
                Loja: Vamos reenviar.
                13/10/2026 às 9:00 da manhã
                Eu: Obrigado.
                """, DateOrder.DAY_FIRST)).containsExactly(
                "2026-10-05T15:05 seller(Yunda Digital Store): Olá, seu pacote já foi enviado.",
                "2026-10-05T15:25 buyer: Já se passaram 25 dias.",
                "2026-10-12T10:00 buyer: Ainda nada.",
                "2026-10-12T15:30 seller(Yunda Digital Store): Vamos reenviar.",
                "2026-10-13T09:00 buyer: Obrigado.");
    }

    @Test
    void aHeaderThatCannotBeReadIsListedAndWhatFollowsItIsNotFiledUnderAGuess() {
        ParsedChat chat = ChatParser.parse("""
                2026-10-05 14:32 Seller: first
                2026-13-45 99:99 You: broken date
                text under it
                32 oct. 2026 à 14 h 05
                Moi : encore
                2026. 10. 6. 오후 13:99
                2026-10-06 09:00 Seller: later
                Yunda Digital Store 31.02.2026 10:00
                not filed either
                """, DateOrder.DAY_FIRST, SELLER);
        assertThat(summary(chat)).containsExactly(
                "2026-10-05T14:32 seller(Yunda Digital Store): first",
                "2026-10-06T09:00 seller(Yunda Digital Store): later");
        String unreadable = ChatParser.UNREADABLE.key();
        String after = ChatParser.AFTER_UNREADABLE.key();
        assertThat(chat.unparsed()).extracting(u -> u.line() + " " + u.reason().key()).containsExactly(
                "2 " + unreadable, "3 " + after, "4 " + unreadable, "5 " + after, "6 " + unreadable, "8 " + unreadable,
                "9 " + after);
    }

    @Test
    void aHeaderWithoutAYearIsNotUnderstoodRatherThanGivenTheLastDate() {
        ParsedChat chat = ChatParser.parse("""
                2026-10-05 14:32 Vendeur : premier
                6 oct. 14:05
                Moi : deuxième
                10월 7일 오후 3:05
                나: 세 번째
                """, DateOrder.DAY_FIRST, SELLER);
        assertThat(summary(chat)).containsExactly("2026-10-05T14:32 seller(Yunda Digital Store): premier");
        assertThat(chat.unparsed()).extracting(ParsedChat.Unparsed::line).containsExactly(2, 3, 4, 5);
    }

    /** Ordered 1 Oct 2026, pasted on Tuesday 20 Oct 2026 (5 Oct 2026 is a Monday). */
    private static final ChatDays DAYS = new ChatDays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-20"));

    private static List<String> read(String text, ChatDays days) {
        ParsedChat chat = ChatParser.parse(text, DateOrder.DAY_FIRST, SELLER, days);
        assertThat(chat.unparsed()).as("every line read").isEmpty();
        return summary(chat);
    }

    /** A header without a year, in each language, falls on the first such day on or after the order date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5 oct. 14:02 Moi|6 oct. 9:15 Yunda Digital Store",
            "10월 5일 오후 2:02 나|10월 6일 오전 9:15 판매자",
            "Oct 5, 2:02 PM You|Oct 6, 9:15 AM Seller",
            "5 oct 14:02 Yo|6 oct 9:15 Vendedor",
            "5. Okt. 14:02 Ich|6. Okt., 09:15 Verkäufer",
            "5 de out. 14:02 Eu|6 de out. às 09:15 Vendedor",
            "10月5日 下午2:02 我|10月6日 上午9:15 卖家"})
    void aHeaderWithoutAYearTakesItsYearFromTheOrderDate(String buyerHeader, String sellerHeader) {
        assertThat(read(buyerHeader + "\nWhere is my parcel?\n" + sellerHeader + "\nIt is coming.\n", DAYS))
                .containsExactly("2026-10-05T14:02 buyer: Where is my parcel?",
                        "2026-10-06T09:15 seller(Yunda Digital Store): It is coming.");
    }

    @Test
    void aHeaderWithoutAYearAfterTheNewYearIsInTheNextYear() {
        ChatDays december = new ChatDays(LocalDate.parse("2026-12-20"), LocalDate.parse("2027-01-10"));
        assertThat(read("""
                21 déc. 10:00 Moi : Où est mon colis ?
                3 janv. 18:30 Vendeur : Il arrive.
                """, december)).containsExactly("2026-12-21T10:00 buyer: Où est mon colis ?",
                "2027-01-03T18:30 seller(Yunda Digital Store): Il arrive.");
    }

    /**
     * A weekday alone is the latest such day not after today (pages name the past week's days so), here Monday
     * 19 October, and not before the message above it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lundi 14:02|Moi", "Mon 2:02 PM|Me", "월요일 오후 2:02|나", "lunes 14:02|Yo",
            "Montag 14:02|Ich", "segunda-feira 14:02|Eu", "星期一 14:02|我"})
    void aWeekdayAloneIsTheLatestSuchDayOfThePastWeek(String header, String me) {
        assertThat(read("2026-10-12 09:00 Seller: Shipped.\n" + header + "\n" + me + ": Still nothing.\n", DAYS))
                .containsExactly("2026-10-12T09:00 seller(Yunda Digital Store): Shipped.",
                        "2026-10-19T14:02 buyer: Still nothing.");
    }

    @Test
    void aWeekdayBetweenTwoDatesLessThanAWeekApartIsTheOneDayBetweenThem() {
        assertThat(read("""
                2026-10-12 09:00 Seller: first
                Wed 2:02 PM
                You: middle
                2026-10-16 10:00 Seller: last
                """, DAYS)).containsExactly("2026-10-12T09:00 seller(Yunda Digital Store): first",
                "2026-10-14T14:02 buyer: middle", "2026-10-16T10:00 seller(Yunda Digital Store): last");
    }

    /**
     * Two Wednesdays between the dates around it, a Monday before the message above it, or no order date: nobody can
     * say which day was meant, so the header is listed as not understood and nothing is filed under it.
     */
    @Test
    void aWeekdayOrAYearlessDateThatCannotBeDatedIsNotUnderstood() {
        ParsedChat twoWeeks = ChatParser.parse("""
                2026-10-01 09:00 Seller: first
                Wed 2:02 PM
                You: middle
                2026-10-20 10:00 Seller: last
                """, DateOrder.DAY_FIRST, SELLER, DAYS);
        assertThat(summary(twoWeeks)).containsExactly("2026-10-01T09:00 seller(Yunda Digital Store): first",
                "2026-10-20T10:00 seller(Yunda Digital Store): last");
        assertThat(twoWeeks.unparsed()).extracting(u -> u.line() + " " + u.reason().key())
                .containsExactly("2 " + ChatParser.UNREADABLE.key(), "3 " + ChatParser.AFTER_UNREADABLE.key());

        ParsedChat beforeTheLast = ChatParser.parse("""
                2026-10-20 09:00 Seller: today
                lundi 14:02
                Moi : hier ?
                """, DateOrder.DAY_FIRST, SELLER, DAYS);
        assertThat(summary(beforeTheLast)).hasSize(1);
        assertThat(beforeTheLast.unparsed()).extracting(ParsedChat.Unparsed::line).containsExactly(2, 3);

        ParsedChat noOrderDate = ChatParser.parse("5 oct. 14:02 Moi\nBonjour\n", DateOrder.DAY_FIRST, SELLER,
                new ChatDays(null, LocalDate.parse("2026-10-20")));
        assertThat(noOrderDate.messages()).isEmpty();
        assertThat(noOrderDate.unparsed()).extracting(ParsedChat.Unparsed::line).containsExactly(1, 2);
    }

    @Test
    void monthAndWeekdayNamesComeFromTheJdkForEveryLanguage() {
        for (java.util.Locale locale : CalendarWords.LOCALES) {
            java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(locale);
            for (int m = 0; m < 12; m++) {
                for (String name : List.of(symbols.getMonths()[m], symbols.getShortMonths()[m])) {
                    if (!Character.isDigit(name.charAt(0))) {
                        assertThat(CalendarWords.month(name)).as(locale + " " + name).isEqualTo(m + 1);
                        assertThat(CalendarWords.month(name.toUpperCase(locale))).isEqualTo(m + 1);
                    }
                }
            }
            for (String day : symbols.getWeekdays()) {
                assertThat(day.isEmpty() || CalendarWords.isWeekday(day)).as(locale + " " + day).isTrue();
            }
        }
        assertThat(CalendarWords.month("fevr")).isEqualTo(2);
        assertThat(CalendarWords.month("Marz")).isEqualTo(3);
        assertThat(CalendarWords.month("items")).isNull();
    }

    @Test
    void twelveHourWordsAtTheirEdges() {
        assertThat(CalendarWords.hour(12, "AM")).isZero();
        assertThat(CalendarWords.hour(12, "p. m.")).isEqualTo(12);
        assertThat(CalendarWords.hour(12, "오전")).isZero();
        assertThat(CalendarWords.hour(12, "오후")).isEqualTo(12);
        assertThat(CalendarWords.hour(11, "下午")).isEqualTo(23);
        assertThat(CalendarWords.hour(1, "中午")).isEqualTo(13);
        assertThat(CalendarWords.hour(11, "da noite")).isEqualTo(23);
        assertThat(CalendarWords.hour(2, "da madrugada")).isEqualTo(2);
        assertThat(CalendarWords.hour(12, "밤")).isZero();
    }
}

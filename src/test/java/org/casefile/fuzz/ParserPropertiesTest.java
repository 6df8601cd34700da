package org.casefile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CasefileException;
import org.casefile.domain.DateTimeInput;
import org.casefile.domain.Money;
import org.casefile.domain.chat.ChatParser;
import org.casefile.domain.chat.DateOrder;
import org.casefile.domain.chat.ParsedChat;

/**
 * Random and malformed text at every parser of what people type or paste: each answers with a valid value or a
 * {@link CasefileException} with a message, never anything else (jqwik fails the property on any other exception).
 */
class ParserPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Property(tries = 200)
    void moneyParsesOrSaysWhy(@ForAll("moneyLike") String text) {
        try {
            Money money = Money.parse(text);
            assertThat(money.currency()).isNotNull();
            assertThat(Money.parse(money.toString())).as("what it prints, it reads back").isEqualTo(money);
        } catch (CasefileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> moneyLike() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789.,- £€$¥GBPUSDEURXYZ\u00a0").ofMaxLength(25),
                Arbitraries.of("89.99 GBP", "GBP 89.99", "£89.99", "1e9999 GBP", "-0 EUR", "0.000000001 USD",
                        "99999999999999999999999999999999999 JPY", "NaN GBP", "89,99 EUR", "1.234,56 EUR"));
    }

    @Property(tries = 200)
    void dateTimesParseOrSayWhy(@ForAll("dateLike") String text) {
        try {
            LocalDateTime time = DateTimeInput.parse(text);
            assertThat(time).isNotNull();
        } catch (CasefileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> dateLike() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789-:T /.").ofMaxLength(22),
                Arbitraries.of("2026-10-01 14:30", "2026-02-30 10:00", "2026-13-01", "9999999999-01-01 00:00",
                        "2026-10-01T25:61", "+999999999-12-31T23:59", "2026-10-01 14:30:00.123456789"));
    }

    @Property(tries = 200)
    void caseFactsAreCheckedOrEveryProblemNamed(@ForAll("facts") CaseFactsInput input) {
        try {
            CaseFacts facts = input.parse(TODAY);
            assertThat(facts.platform()).isNotNull();
            assertThat(facts.orderNumber()).isNotBlank();
            assertThat(CaseFactsInput.of(facts).parse(TODAY)).as("round trip").isEqualTo(facts);
        } catch (CasefileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<CaseFactsInput> facts() {
        Arbitrary<String> any = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12), Arbitraries.just(null),
                Arbitraries.strings().ofMinLength(300).ofMaxLength(2000));
        Arbitrary<String> platform = Arbitraries.oneOf(any, Arbitraries.of("aliexpress", "AMAZON", "eBay", "temu"));
        Arbitrary<String> date = Arbitraries.oneOf(any, dateLike(), Arbitraries.of("2026-10-01", "2026-12-10",
                "2027-01-01", "1900-01-01"));
        Arbitrary<String> money = Arbitraries.oneOf(any, moneyLike());
        Arbitrary<String> payment = Arbitraries.oneOf(any, Arbitraries.of("credit-card", "paypal", "debit-card"));
        Arbitrary<String> claim = Arbitraries.oneOf(any, Arbitraries.of("damaged", "not-received"));
        Arbitrary<String> country = Arbitraries.oneOf(any, Arbitraries.of("GB", "gb", "CN", "XX"));
        return Combinators.combine(List.of(platform, any, any, any, any, date, money, payment, country, any, any,
                date, date, claim, any, money)).as(v -> new CaseFactsInput(v.get(0), v.get(1), v.get(2), v.get(3),
                v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9), v.get(10), v.get(11), v.get(12),
                v.get(13), v.get(14), v.get(15)));
    }

    @Property(tries = 200)
    void chatTranscriptsAreReadOrEachLineExplained(@ForAll("transcripts") String transcript,
                                                   @ForAll DateOrder order) {
        ParsedChat chat;
        try {
            chat = ChatParser.parse(transcript, order, "Yunda");
        } catch (CasefileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        for (ParsedChat.Line line : chat.messages()) {
            assertThat(line.at()).isNotNull();
            assertThat(line.author()).isNotNull();
            assertThat(line.text()).isNotNull();
        }
        for (ParsedChat.Unparsed line : chat.unparsed()) {
            assertThat(line.why()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> transcripts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.of("2026-10-22 09:15 seller: we will refund", "2026-10-22 9:15 PM Buyer: where is it?",
                        "22/10/2026", "10/22/2026 21:15", "Yunda: 我们会退款", "Oct 22, 2026 9:15 AM", "platform:",
                        "2026-02-30 10:00 seller: no such day", "99:99", "Seller", ": :", "\t", "\u0000\u202e",
                        "2026-10-22 09:15 buyer: " + "x".repeat(12_000), "today 10:00", "Yesterday"),
                Combinators.combine(dateLike(), Arbitraries.of("seller", "buyer", "Yunda", ""),
                        Arbitraries.strings().ofMaxLength(30)).as((d, a, t) -> d + " " + a + ": " + t));
        return Combinators.combine(line.list().ofMaxSize(12), Arbitraries.of("\n", "\r\n", "\r"))
                .as((lines, end) -> String.join(end, lines));
    }
}

package org.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casefile.domain.text.Language;
import org.casefile.domain.text.Phrase;
import org.casefile.domain.text.Phrasebook;
import org.casefile.domain.text.RuleText;
import org.junit.jupiter.api.Test;

/** What the rules say about real cases, said in each of the six languages with its own dates and amounts. */
class RulesInEveryLanguageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 10);

    private static CaseFacts facts(String payment, String country, String claim, String expected, String protection) {
        return new CaseFactsInput("aliexpress", "8123", null, "SSD", null, "2026-10-01", "150.00 GBP", payment,
                country, null, null, expected, protection, claim, "full-refund", null).parse(TODAY);
    }

    @Test
    void aNotReceivedCaseInKoreanNamesItsDatesTheKoreanWay() {
        CaseFacts facts = facts("credit-card", "GB", "not-received", "2026-10-20", "2026-11-03");
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.NEW, List.of());
        NextStep step = NextSteps.suggest(facts, CaseStatus.NEW, deadlines,
                RouteRules.routes(facts, deadlines, TODAY), TODAY).orElseThrow();
        Phrasebook korean = RuleText.in(Language.KOREAN);

        assertThat(korean.get(step.actionPhrase())).isEqualTo("약속된 도착일까지 기다린 뒤 판매자에게 메시지를 보내세요");
        assertThat(korean.date(step.by())).isEqualTo("2026. 10. 20.");
        Deadline openBy = DeadlineRules.find(deadlines, DeadlineKind.OPEN_DISPUTE_BY);
        assertThat(korean.get(openBy.kind().phrase())).isEqualTo("분쟁 신청 기한");
        assertThat(korean.date(openBy.date())).isEqualTo("2026. 10. 20.");
        assertThat(korean.get(openBy.sourcePhrase())).isEqualTo("구매자 보호가 2026. 11. 3.에 끝납니다.");
        assertThat(korean.get(openBy.kind().actionPhrase("8123"))).isEqualTo("주문 8123의 분쟁 신청 기한");
        // The command line keeps its English, dates as typed.
        assertThat(openBy.source()).isEqualTo("Buyer protection ends on 2026-11-03.");
        assertThat(step.action()).isEqualTo("Wait for the promised delivery date, then message the seller");
    }

    @Test
    void routesWarningsAndGapsFollowEachLanguagesConventions() {
        CaseFacts facts = facts("credit-card", "GB", "not-received", "2026-10-20", "2026-11-03");
        List<Deadline> deadlines = DeadlineRules.derive(facts, CaseStatus.NEW, List.of());
        Route platform = RouteRules.routes(facts, deadlines, TODAY).get(0);
        assertThat(RuleText.in(Language.GERMAN).get(platform.reasonPhrase()))
                .isEqualTo("Bei AliExpress kann über den Käuferschutz bis vor dem 03.11.2026 ein Fall eröffnet werden.");
        assertThat(RuleText.in(Language.FRENCH).get(platform.reasonPhrase()))
                .isEqualTo("Un litige peut être ouvert auprès de AliExpress grâce à sa protection acheteur avant le "
                        + "3 nov. 2026.");
        assertThat(platform.reason())
                .isEqualTo("A dispute can be opened with AliExpress through its buyer protection before 3 Nov 2026.");

        Money offered = Money.parse("50.00 GBP");
        Phrase warning = Warnings.beforeAcceptingPhrase(facts, offered).orElseThrow();
        Phrasebook spanish = RuleText.in(Language.SPANISH);
        assertThat(spanish.get(warning)).startsWith("El paquete nunca llegó y " + spanish.money(offered)
                + " es menos que los " + spanish.money(facts.paid()) + " que pagaste.");
        assertThat(RuleText.english(warning)).startsWith("The parcel never came, and 50.00 GBP is less than the "
                + "150.00 GBP you paid.");

        assertThat(PacketGaps.phrases(RouteKind.CHARGEBACK, facts, List.of(), List.of()))
                .extracting(gap -> RuleText.in(Language.PORTUGUESE).get(gap))
                .contains("O nome do titular do cartão não está registrado (edite o caso: nome do titular).");
    }

    @Test
    void aRefusalCarriesItsPhrase() {
        InvalidCaseException invalid = catchThrowableOfType(
                () -> new CaseFactsInput("aliexpress", "1", null, "SSD", null, "2026-10-30", "150.00 GBP",
                        "credit-card", "GB", null, null, null, null, "not-received", null, null).parse(TODAY),
                InvalidCaseException.class);
        assertThat(invalid.problems()).containsEntry(CaseField.ORDERED_ON, "The order date 2026-10-30 is in the future.");
        assertThat(RuleText.in(Language.GERMAN).get(invalid.problemPhrases().get(CaseField.ORDERED_ON)))
                .isEqualTo("Das Bestelldatum 30.10.2026 liegt in der Zukunft.");
        CasefileException badDate = catchThrowableOfType(
                () -> CaseFactsInput.date("soon"), CasefileException.class);
        assertThat(badDate.getMessage()).isEqualTo("'soon' is not a date. Write it as year-month-day, e.g. 2026-10-01.");
        assertThat(RuleText.in(Language.FRENCH).get(badDate.phrase()))
                .isEqualTo("« soon » n’est pas une date. Écrivez-la sous la forme année-mois-jour, p. ex. 2026-10-01.");
    }

    /**
     * Sweeps many real cases (each payment, country, claim and status, before and after the dates) and says every
     * phrase the rules return in every language: none is missing, none is left unfilled, and each non-English one is
     * really translated rather than the English copied (proper names and bare values aside).
     */
    @Test
    void everyPhraseOfRealCasesResolvesInAllSixLanguages() {
        Set<Phrase> phrases = new LinkedHashSet<>();
        for (String payment : List.of("credit-card", "debit-card", "paypal", "platform-balance", "other")) {
            for (String country : List.of("GB", "US", "CA", "AU", "DE")) {
                for (String claim : List.of("not-received", "not-as-described", "damaged")) {
                    CaseFacts facts = facts(payment, country, claim, "2026-10-20", "2026-11-03");
                    for (CaseStatus status : CaseStatus.values()) {
                        collect(phrases, facts, status, history(status));
                    }
                }
            }
        }
        for (Class<? extends Choice> type : List.of(ClaimType.class, PaymentMethod.class, CaseStatus.class,
                Resolution.class, EvidenceKind.class, Outcome.class, Channel.class, Author.class, RuleSource.class,
                RouteKind.class, Platform.class, DeadlineState.class, OfferDecision.class, DeadlineKind.class)) {
            for (Choice choice : type.getEnumConstants()) {
                phrases.add(choice.phrase());
            }
        }
        for (CaseField field : CaseField.values()) {
            phrases.add(field.phrase());
        }
        assertThat(phrases).hasSizeGreaterThan(150);

        List<String> problems = new ArrayList<>();
        for (Phrase phrase : phrases) {
            String english = RuleText.english(phrase);
            for (Language language : Language.values()) {
                String said = RuleText.in(language).get(phrase);
                if (said.isBlank() || said.contains("{")) {
                    problems.add(language.code() + " " + phrase.key() + ": " + said);
                }
                if (language != Language.ENGLISH && said.equals(english) && !sameInEveryLanguage(phrase)) {
                    problems.add(language.code() + " " + phrase.key() + " is still English: " + said);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Proper names read the same everywhere (PayPal, AliExpress); a few words German shares with English. */
    private static boolean sameInEveryLanguage(Phrase phrase) {
        return Set.of("PaymentMethod.PAYPAL", "Platform.ALIEXPRESS", "Platform.AMAZON", "Platform.EBAY",
                "Platform.TEMU", "EvidenceKind.CHAT", "EvidenceKind.VIDEO").contains(phrase.key());
    }

    private static List<StatusChange> history(CaseStatus status) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(LocalDateTime.parse("2026-10-02T10:00:00"), CaseStatus.SELLER_CONTACTED, null));
        if (status != CaseStatus.NEW && status != CaseStatus.SELLER_CONTACTED) {
            history.add(new StatusChange(LocalDateTime.parse("2026-10-05T10:00:00"), status, null));
        }
        return history;
    }

    private static void collect(Set<Phrase> phrases, CaseFacts facts, CaseStatus status, List<StatusChange> history) {
        Evidence early = new Evidence(1, 1, EvidenceKind.RECEIVED, "cases/x/1", "1.jpg", null, "0".repeat(64), 1,
                MediaType.JPEG, 1, 1, LocalDateTime.parse("2026-09-01T10:00:00"), null, false,
                LocalDateTime.parse("2026-10-05T10:00:00"), null);
        Message foreign = new Message(1, 1, LocalDateTime.parse("2026-10-03T10:00:00"), Author.SELLER, null,
                Channel.ORDER_CHAT, "您好，包裹已经发出", false, null);
        for (Outcome outcome : new Outcome[] {null, Outcome.REJECTED, Outcome.PARTIAL_REFUND}) {
            for (LocalDate today : List.of(TODAY, LocalDate.of(2026, 10, 25), LocalDate.of(2027, 6, 1))) {
                List<Deadline> deadlines = DeadlineRules.derive(facts, status, outcome, history,
                        DeadlineSettings.DEFAULT);
                List<Route> routes = RouteRules.routes(facts, status, outcome, deadlines, today);
                for (Deadline d : deadlines) {
                    phrases.addAll(List.of(d.sourcePhrase(), d.doneTextPhrase(), d.kind().rulePhrase(),
                            d.kind().actionPhrase("8123"), d.kind().actionNowPhrase("8123")));
                }
                for (Urgency.Due due : Urgency.onAgenda(deadlines, status, today)) {
                    phrases.add(due.deadline().sourcePhrase());
                }
                routes.forEach(r -> phrases.add(r.reasonPhrase()));
                NextSteps.suggest(facts, status, outcome, deadlines, routes, today)
                        .ifPresent(s -> phrases.add(s.actionPhrase()));
            }
        }
        for (Checklist.Item item : Checklist.forCase(facts, List.of(early), List.of(foreign), history)) {
            phrases.add(item.whatPhrase());
            phrases.add(item.tipPhrase());
        }
        for (RouteKind route : RouteKind.values()) {
            phrases.addAll(PacketGaps.phrases(route, facts, List.of(foreign), List.of(early)));
        }
        phrases.addAll(StatusFlags.phrases(facts, history, List.of(), List.of()));
        Warnings.beforeAcceptingPhrase(facts, Money.parse("10.00 GBP")).ifPresent(phrases::add);
        Warnings.beforeAcceptingPhrase(facts, Money.parse("10.00 EUR")).ifPresent(phrases::add);
        Warnings.aboutConfirmingReceiptPhrase(status, facts.claim()).ifPresent(phrases::add);
    }
}

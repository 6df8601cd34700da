package org.casefile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.domain.Author;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.Message;
import org.casefile.domain.SearchHit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest extends LibraryTestBase {
    private SearchService search;
    private long ssd;
    private long boots;

    @BeforeEach
    void twoCasesWithMessages() {
        search = new SearchService(library.database());
        ssd = cases.create(TestCases.ssd("8123456789012")).id();
        boots = cases.create(TestCases.withSeller(TestCases.ssd("PO-211-555"), "Kido Kids Fashion")).id();
        cases.update(boots, new org.casefile.domain.CaseFactsInput("temu", "PO-211-555", "Kido Kids Fashion",
                "Children's winter boots, EU 31", null, "2026-10-01", "24.99 EUR", "paypal", "DE", null, null, null,
                null, "damaged", null, null));
        message(ssd, Author.SELLER, "亲，我们会补发一个新的，请不要开纠纷。We will resend a 2TB one.");
        message(ssd, Author.BUYER, "It shows 512GB, not 2TB. I want 100% of my money back_now.");
        message(boots, Author.SELLER, "退款 10 欧元可以吗？");
    }

    private void message(long caseId, Author author, String text) {
        library.database().write(s -> s.messages().insert(new Message(0, caseId,
                LocalDateTime.parse("2026-11-20T10:00:00"), author, null, org.casefile.domain.Channel.ORDER_CHAT, text, false)));
    }

    private List<Long> caseIds(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::caseId).distinct().toList();
    }

    @Test
    void findsWordsInEveryFieldAndSaysWhere() {
        assertThat(search.search("resend", 50)).singleElement().satisfies(hit -> {
            assertThat(hit.caseId()).isEqualTo(ssd);
            assertThat(hit.field()).isEqualTo("message");
            assertThat(hit.snippet()).contains("[resend]");
        });
        assertThat(caseIds(search.search("8123456789012", 50))).containsExactly(ssd);
        assertThat(caseIds(search.search("kido", 50))).containsExactly(boots);
        assertThat(caseIds(search.search("winter boots", 50))).containsExactly(boots);
    }

    @Test
    void everyWordMustOccurInTheCaseButNotInTheSameField() {
        assertThat(caseIds(search.search("yunda 512GB", 50))).containsExactly(ssd);
        assertThat(search.search("yunda 512GB", 50)).extracting(SearchHit::field)
                .containsExactlyInAnyOrder("seller", "message");
        assertThat(search.search("yunda boots", 50)).isEmpty();
        assertThat(search.matchingCases("temu damaged")).containsExactly(boots);
    }

    @Test
    void findsChineseOfAnyLength() {
        assertThat(caseIds(search.search("补发一个新的", 50))).containsExactly(ssd);
        assertThat(caseIds(search.search("亲", 50))).containsExactly(ssd);
        assertThat(search.search("亲", 50).get(0).snippet()).contains("[亲]");
        assertThat(caseIds(search.search("退款", 50))).containsExactly(boots);
        assertThat(search.search("纠纷 2TB", 50)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "*", "(", ")", "\"2TB", "2TB\"", "AND", "OR", "NOT 2TB", "NEAR(a b)",
            "text:2TB", "'; DROP TABLE cases; --", "\" OR 1=1 --", "\\", "{}", "^2TB", "-", "+", "2TB*", "[x]",
            "\u0000", "   ", "😀", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anyTextIsSafeToSearchFor(String hostile) {
        List<SearchHit> hits = search.search(hostile, 50);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.caseId()).isIn(ssd, boots));
        java.util.Set<Long> found = search.matchingCases(hostile);
        if (found != null) { // null means the text had no words: no filter at all
            assertThat(found).hasSizeLessThanOrEqualTo(2);
        }
        assertThat(cases.list()).hasSize(2);
    }

    @Test
    void wildcardsAreLiteral() {
        assertThat(search.search("%", 50)).as("the buyer's message has a %").singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("[%]"));
        assertThat(search.search("_", 50)).singleElement().satisfies(hit -> assertThat(hit.caseId()).isEqualTo(ssd));
        assertThat(search.search("zz%", 50)).isEmpty();
        assertThat(search.search("", 50)).isEmpty();
        assertThat(search.matchingCases("  ")).isNull();
    }

    @Test
    void theIndexFollowsEditsStatusesAndDeletes() {
        cases.update(ssd, TestCases.withSeller(TestCases.ssd("8123456789012"), "Kelai Tech"));
        assertThat(search.search("yunda", 50)).isEmpty();
        assertThat(caseIds(search.search("kelai", 50))).containsExactly(ssd);

        assertThat(search.matchingCases("dispute-opened")).isEmpty();
        cases.changeStatus(ssd, CaseStatus.DISPUTE_OPENED, null, null, null);
        assertThat(search.matchingCases("dispute-opened")).containsExactly(ssd);

        cases.delete(ssd);
        assertThat(search.search("resend", 50)).as("its messages went with it").isEmpty();
        assertThat(search.search("512GB", 50)).isEmpty();
        assertThat(search.matchingCases("8123456789012")).isEmpty();
        assertThat(caseIds(search.search("退款 kido", 50))).containsExactly(boots);
    }
}

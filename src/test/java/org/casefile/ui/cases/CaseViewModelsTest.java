package org.casefile.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.SampleCases;
import org.casefile.domain.Case;
import org.casefile.domain.CaseField;
import org.casefile.domain.CaseStatus;
import org.casefile.domain.ClaimType;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;

/** The view models on a real library, with no window: work runs at once on the test thread. */
class CaseViewModelsTest extends LibraryTestBase {

    private static void fill(CaseFormViewModel form) {
        form.platform.set(Platform.TEMU);
        form.orderNumber.set("PO-211-123");
        form.item.set("Children's winter boots, EU 31");
        form.orderedOn.set("2026-10-10");
        form.paidAmount.set("24.99");
        form.paidCurrency.set("EUR");
        form.payment.set(PaymentMethod.PAYPAL);
        form.claim.set(ClaimType.DAMAGED);
    }

    @Test
    void theFormShowsAMessageBesideEachWrongField() {
        CaseFormViewModel form = new CaseFormViewModel();
        fill(form);
        form.paidAmount.set("abc");
        form.protectionEnds.set("2026-09-01");
        form.country.set("Narnia");

        assertThat(form.validate(TestCases.CLOCK.instant().atZone(TestCases.CLOCK.getZone()).toLocalDate()))
                .isFalse();
        assertThat(form.error(CaseField.PAID).get()).contains("'abc EUR' is not an amount");
        assertThat(form.error(CaseField.PROTECTION_ENDS).get()).contains("before the order date");
        assertThat(form.error(CaseField.COUNTRY).get()).contains("is not a country code");
        assertThat(form.error(CaseField.ITEM).get()).isEmpty();

        form.paidAmount.set("24.99");
        form.protectionEnds.set("");
        form.country.set("de");
        assertThat(form.validate(java.time.LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(form.hasErrors()).isFalse();
    }

    @Test
    void loadingACaseIsNotAChangeButEditingIs() {
        Case saved = cases.create(TestCases.ssd("1"));
        CaseFormViewModel form = new CaseFormViewModel();
        form.load(saved.facts());
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.input().parse(java.time.LocalDate.of(2026, 11, 26))).isEqualTo(saved.facts());
        form.seller.set("Kelai");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingValidEditsUpdatesTheLibraryAndTellsTheList() {
        long id = cases.create(TestCases.ssd("1")).id();
        CaseDetailViewModel detail = new CaseDetailViewModel(cases, new DirectExecutor());
        List<String> changes = new ArrayList<>();
        detail.setOnCaseChanged(() -> changes.add("changed"));
        detail.show(id);
        detail.form().item.set("2TB portable SSD, silver");
        detail.save();
        assertThat(detail.noticeProperty().get()).isEqualTo("Saved.");
        assertThat(cases.get(id).facts().item()).isEqualTo("2TB portable SSD, silver");
        assertThat(detail.form().dirtyProperty().get()).isFalse();
        assertThat(changes).hasSize(1);
    }

    @Test
    void invalidEditsSaveNothing() {
        long id = cases.create(TestCases.ssd("1")).id();
        CaseDetailViewModel detail = new CaseDetailViewModel(cases, new DirectExecutor());
        detail.show(id);
        detail.form().orderNumber.set("   ");
        detail.form().paidAmount.set("-3");
        detail.save();
        assertThat(detail.noticeProperty().get()).contains("Not saved");
        assertThat(detail.form().error(CaseField.ORDER_NUMBER).get()).isEqualTo("This is needed.");
        assertThat(cases.get(id).facts().orderNumber()).isEqualTo("1");
        detail.revert();
        assertThat(detail.form().orderNumber.get()).isEqualTo("1");
    }

    @Test
    void statusChangesGoThroughTheService() {
        long id = cases.create(TestCases.ssd("1")).id();
        CaseDetailViewModel detail = new CaseDetailViewModel(cases, new DirectExecutor());
        detail.show(id);
        detail.changeStatus(CaseStatus.DISPUTE_OPENED, null, "photos attached",
                java.time.LocalDateTime.parse("2026-11-25T09:30:00"));
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.DISPUTE_OPENED);
        assertThat(detail.detailsProperty().get().history()).hasSize(2);
        assertThat(detail.detailsProperty().get().history().get(0).at()).isEqualTo("2026-11-25T09:30:00");
        assertThat(detail.detailsProperty().get().history().get(0).note()).isEqualTo("photos attached");
    }

    @Test
    void theListFiltersByEveryWordAcrossTheColumns() {
        org.casefile.app.Services.of(library, TestCases.CLOCK).samples().add(60, 0);
        long showcase = org.casefile.app.Services.of(library, TestCases.CLOCK).samples().addShowcase();
        CaseListViewModel list = new CaseListViewModel(new org.casefile.app.SearchService(library.database()), new DirectExecutor());
        list.show(cases.list());
        assertThat(list.shown()).hasSize(61);
        assertThat(list.emptyProperty().get()).isFalse();

        list.filterProperty().set("yunda 2TB");
        assertThat(list.shown()).extracting(s -> s.id()).contains(showcase);
        assertThat(list.shown()).allMatch(s -> s.seller().contains("Yunda") && s.item().contains("2TB"));
        list.filterProperty().set("亲 refund");
        assertThat(list.shown()).as("found through the seller's messages").extracting(s -> s.id()).contains(showcase);
        list.filterProperty().set("aliexpress dispute-opened");
        assertThat(list.shown()).isNotEmpty().allMatch(s -> s.platform() == Platform.ALIEXPRESS
                && s.status() == CaseStatus.DISPUTE_OPENED);
        list.filterProperty().set("8190441723650198");
        assertThat(list.shown()).extracting(s -> s.id()).containsExactly(showcase);
        list.filterProperty().set("\"; DROP TABLE cases; --");
        assertThat(list.shown()).isEmpty();
        list.filterProperty().set("");
        assertThat(list.shown()).hasSize(61);
    }

    @Test
    void anEmptyLibraryIsFlaggedForTheStartScreen() {
        CaseListViewModel list = new CaseListViewModel(new org.casefile.app.SearchService(library.database()), new DirectExecutor());
        list.show(cases.list());
        assertThat(list.emptyProperty().get()).isTrue();
        assertThat(list.loadedProperty().get()).isTrue();
    }
}

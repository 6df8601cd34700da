package org.casefile.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.casefile.LibraryTestBase;
import org.casefile.TestCases;
import org.casefile.app.ClaimService;
import org.casefile.ui.common.DirectExecutor;
import org.junit.jupiter.api.Test;

class ClaimDescriptionViewModelTest extends LibraryTestBase {

    private ClaimService claims() {
        return new ClaimService(library.database(), cases, TestCases.CLOCK);
    }

    @Test
    void theDraftFollowsTheRowsUntilTheBuyerWritesTheirOwn() {
        long id = cases.create(TestCases.ssd("8123456789012")).id();
        ClaimDescriptionViewModel model = new ClaimDescriptionViewModel(claims(), new DirectExecutor());
        model.show(cases.details(id));
        assertThat(model.descriptionProperty().get()).contains("What I received is different from the listing.");
        assertThat(model.savedProperty().get()).isFalse();

        model.attribute.set("Capacity");
        model.advertised.set("2TB");
        model.received.set("512GB");
        model.add();
        assertThat(model.rows()).hasSize(1);
        assertThat(model.attribute.get()).isEmpty();
        assertThat(model.descriptionProperty().get()).contains("- Capacity: the listing says 2TB; what arrived: 512GB.");

        model.descriptionProperty().set("My own words about the 512GB drive.");
        assertThat(model.editedProperty().get()).isTrue();
        model.save();
        assertThat(cases.details(id).description()).isEqualTo("My own words about the 512GB drive.");
        assertThat(model.savedProperty().get()).isTrue();
        assertThat(model.editedProperty().get()).isFalse();

        model.attribute.set("Colour");
        model.advertised.set("black");
        model.received.set("silver");
        model.add();
        assertThat(model.descriptionProperty().get()).as("saved words are never overwritten by a draft")
                .isEqualTo("My own words about the 512GB drive.");
        model.redraft();
        assertThat(model.descriptionProperty().get()).contains("Colour");
        assertThat(model.editedProperty().get()).isTrue();
    }

    @Test
    void unsavedEditsSurviveAReloadOfTheSameCaseButNotAnotherCase() {
        long first = cases.create(TestCases.ssd("1")).id();
        long second = cases.create(TestCases.ssd("2")).id();
        ClaimDescriptionViewModel model = new ClaimDescriptionViewModel(claims(), new DirectExecutor());
        model.show(cases.details(first));
        model.descriptionProperty().set("half-written");
        model.show(cases.details(first));
        assertThat(model.descriptionProperty().get()).isEqualTo("half-written");
        model.show(cases.details(second));
        assertThat(model.descriptionProperty().get()).startsWith("I ordered");
    }

    @Test
    void rowsAreEditedAndRemovedAndBadEditsAreRefused() {
        long id = cases.create(TestCases.ssd("1")).id();
        ClaimService claims = claims();
        claims.addDiscrepancy(id, "Size", "L", "S");
        ClaimDescriptionViewModel model = new ClaimDescriptionViewModel(claims, new DirectExecutor());
        model.show(cases.details(id));
        var row = model.rows().get(0);
        model.update(new org.casefile.domain.Discrepancy(row.id(), id, "Size", "XL", "S"));
        assertThat(claims.discrepancies(id).get(0).advertised()).isEqualTo("XL");
        model.remove(model.rows().get(0));
        assertThat(claims.discrepancies(id)).isEmpty();
        assertThat(model.rows()).isEmpty();
        model.descriptionProperty().set("x".repeat(org.casefile.domain.DescriptionWriter.MAX_LENGTH + 1));
        model.save();
        assertThat(model.noticeProperty().get()).contains("under 5000 characters");
        assertThat(cases.details(id).description()).isNull();
    }
}

package org.casefile.ui.cases;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casefile.domain.CaseFacts;
import org.casefile.domain.CaseFactsInput;
import org.casefile.domain.CaseField;
import org.casefile.domain.ClaimType;
import org.casefile.domain.InvalidCaseException;
import org.casefile.domain.Money;
import org.casefile.domain.PaymentMethod;
import org.casefile.domain.Platform;
import org.casefile.domain.Resolution;
import org.casefile.ui.common.Typing;
import org.casefile.ui.common.Words;

/**
 * The order facts as they stand in the form, one property per control, and one error message per field.
 * Checking is the domain's ({@link CaseFactsInput#parse}); this class only carries text to it and messages back.
 */
public final class CaseFormViewModel {
    final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    final StringProperty orderNumber = new SimpleStringProperty("");
    final StringProperty seller = new SimpleStringProperty("");
    final StringProperty item = new SimpleStringProperty("");
    final StringProperty listingUrl = new SimpleStringProperty("");
    final StringProperty orderedOn = new SimpleStringProperty("");
    final StringProperty paidAmount = new SimpleStringProperty("");
    final StringProperty paidCurrency = new SimpleStringProperty(localCurrency());
    final ObjectProperty<PaymentMethod> payment = new SimpleObjectProperty<>();
    final StringProperty country = new SimpleStringProperty("");
    final StringProperty trackingNumber = new SimpleStringProperty("");
    final StringProperty carrier = new SimpleStringProperty("");
    final StringProperty expectedDelivery = new SimpleStringProperty("");
    final StringProperty protectionEnds = new SimpleStringProperty("");
    final ObjectProperty<ClaimType> claim = new SimpleObjectProperty<>();
    final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>(Resolution.FULL_REFUND);
    final StringProperty refundAmount = new SimpleStringProperty("");
    final StringProperty buyerName = new SimpleStringProperty("");
    final StringProperty deliveryAddress = new SimpleStringProperty("");
    final StringProperty cardLast4 = new SimpleStringProperty("");
    final StringProperty statementName = new SimpleStringProperty("");
    final StringProperty chargedOn = new SimpleStringProperty("");
    final StringProperty receivedOn = new SimpleStringProperty("");

    private final Map<CaseField, StringProperty> errors = new EnumMap<>(CaseField.class);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private boolean loading;

    public CaseFormViewModel() {
        for (CaseField field : CaseField.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        Observable[] all = {platform, orderNumber, seller, item, listingUrl, orderedOn, paidAmount, paidCurrency,
                payment, country, trackingNumber, carrier, expectedDelivery, protectionEnds, claim, resolution,
                refundAmount, buyerName, deliveryAddress, cardLast4, statementName, chargedOn, receivedOn};
        for (Observable property : all) {
            property.addListener(changed -> {
                if (!loading) {
                    dirty.set(true);
                }
            });
        }
    }

    /** The currency of the user's locale, so most people never touch the currency box. */
    static String localCurrency() {
        try {
            java.util.Currency currency = java.util.Currency.getInstance(org.casefile.ui.common.Words.computerLocale());
            return currency.getDefaultFractionDigits() < 0 ? "GBP" : currency.getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "GBP";
        }
    }

    public StringProperty error(CaseField field) {
        return errors.get(field);
    }

    /** True once the user changed something since the form was filled or saved. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public CaseFactsInput input() {
        String currency = paidCurrency.get() == null ? "" : paidCurrency.get().strip();
        return new CaseFactsInput(
                platform.get() == null ? null : platform.get().id(), orderNumber.get(), seller.get(), item.get(),
                listingUrl.get(), orderedOn.get(), withCurrency(paidAmount.get(), currency),
                payment.get() == null ? null : payment.get().id(), country.get(), trackingNumber.get(),
                carrier.get(), expectedDelivery.get(), protectionEnds.get(),
                claim.get() == null ? null : claim.get().id(), resolution.get() == null ? null : resolution.get().id(),
                withCurrency(refundAmount.get(), currency), buyerName.get(), deliveryAddress.get(), cardLast4.get(),
                statementName.get(), chargedOn.get(), receivedOn.get());
    }

    private static String withCurrency(String amount, String currency) {
        return amount == null || amount.isBlank() ? "" : amount.strip() + " " + currency;
    }

    /** Checks the form and shows a message beside each field that is wrong; true when it can be saved. */
    public boolean validate(LocalDate today) {
        errors.values().forEach(message -> message.set(""));
        try {
            input().parse(today);
            return true;
        } catch (InvalidCaseException e) {
            e.problemPhrases().forEach((field, problem) -> errors.get(field).set(Words.get(problem)));
            dates().forEach((field, text) -> {
                if (!errors.get(field).get().isEmpty() && !text.get().isBlank()
                        && Typing.readDate(text.get()).isEmpty()) {
                    errors.get(field).set(Typing.notADate(text.get())); // the shape the window asks for, not ISO
                }
            });
            return false;
        }
    }

    private Map<CaseField, StringProperty> dates() {
        return Map.of(CaseField.ORDERED_ON, orderedOn, CaseField.EXPECTED_DELIVERY, expectedDelivery,
                CaseField.RECEIVED_ON, receivedOn, CaseField.CHARGED_ON, chargedOn,
                CaseField.PROTECTION_ENDS, protectionEnds);
    }

    public boolean hasErrors() {
        return errors.values().stream().anyMatch(message -> !message.get().isEmpty());
    }

    /** Fills the form with a saved case; it is then no longer dirty. */
    public void load(CaseFacts facts) {
        loading = true;
        try {
            platform.set(facts.platform());
            orderNumber.set(text(facts.orderNumber()));
            seller.set(text(facts.seller()));
            item.set(text(facts.item()));
            listingUrl.set(text(facts.listingUrl()));
            orderedOn.set(text(facts.orderedOn()));
            paidAmount.set(Typing.amount(facts.paid().amount()));
            paidCurrency.set(facts.paid().currency().getCurrencyCode());
            payment.set(facts.payment());
            country.set(text(facts.country()));
            trackingNumber.set(text(facts.trackingNumber()));
            carrier.set(text(facts.carrier()));
            expectedDelivery.set(text(facts.expectedDelivery()));
            protectionEnds.set(text(facts.protectionEnds()));
            claim.set(facts.claim());
            resolution.set(facts.resolution());
            Money refund = facts.refundAsked();
            refundAmount.set(refund == null ? "" : Typing.amount(refund.amount()));
            buyerName.set(text(facts.bank().buyerName()));
            deliveryAddress.set(text(facts.bank().deliveryAddress()));
            cardLast4.set(text(facts.bank().cardLast4()));
            statementName.set(text(facts.bank().statementName()));
            chargedOn.set(text(facts.bank().chargedOn()));
            receivedOn.set(text(facts.bank().receivedOn()));
            errors.values().forEach(message -> message.set(""));
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    public void markSaved() {
        dirty.set(false);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

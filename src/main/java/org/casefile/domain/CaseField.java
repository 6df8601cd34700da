package org.casefile.domain;

/** The order facts a person fills in; validation problems are reported per field. */
public enum CaseField {
    PLATFORM("Platform"),
    ORDER_NUMBER("Order number"),
    SELLER("Seller or store"),
    ITEM("Item"),
    LISTING_URL("Listing URL"),
    ORDERED_ON("Order date"),
    PAID("Amount paid"),
    PAYMENT("Payment method"),
    COUNTRY("Your country"),
    TRACKING_NUMBER("Tracking number"),
    CARRIER("Carrier"),
    EXPECTED_DELIVERY("Expected delivery"),
    PROTECTION_ENDS("Buyer protection ends"),
    CLAIM("What went wrong"),
    RESOLUTION("What you ask for"),
    REFUND_ASKED("Partial refund asked"),
    BUYER_NAME("Cardholder name"),
    DELIVERY_ADDRESS("Delivery address"),
    CARD_LAST4("Card's last four digits"),
    STATEMENT_NAME("Name on the statement"),
    CHARGED_ON("Charge date"),
    RECEIVED_ON("Parcel arrived on");

    private final String label;

    CaseField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

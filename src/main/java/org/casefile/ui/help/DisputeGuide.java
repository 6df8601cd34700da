package org.casefile.ui.help;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "How a dispute is won" on one screen. Not modal, so the buyer can keep it open beside the case they are working
 * on. Facts from DESIGN.md ("Who uses it", "Checklists") and the reference article, in our own words.
 */
public final class DisputeGuide extends Dialog<Void> {
    /** Each rule: a short heading the eye can scan, then one or two sentences of why. */
    record Rule(String heading, String why) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("Gather the evidence before the deadline",
                    "Buyer protection ends on a fixed date and the order then closes by itself. Photograph what "
                    + "arrived, its label and packaging, and save the listing and the tracking page today."),
            new Rule("Say exactly what is wrong",
                    "\"The drive reports 512 GB; the listing promised 2 TB\" wins where \"it is bad\" loses. Name what "
                    + "was advertised and what you got."),
            new Rule("Show the listing beside what arrived",
                    "A listing picture next to your photo of the same detail makes the difference obvious at a "
                    + "glance. Casefile's Compare tab puts them side by side in the packet."),
            new Rule("Prove you asked the seller first",
                    "Mediators look for a fair chance given to the seller. Keep every message, theirs and yours, "
                    + "with its date."),
            new Rule("Escalate on time",
                    "If the seller stalls, open the dispute (and escalate it) before the window closes. When buyer "
                    + "protection ends within two weeks, open the dispute at once. A promise to \"wait a few more "
                    + "days\" does not move your deadline."),
            new Rule("Never confirm receipt before checking the goods",
                    "Confirming tells the marketplace the order is complete and ends your protection on it: not "
                    + "before the goods have come and been checked, and never while a dispute is open."),
            new Rule("No partial refund for a parcel that never came",
                    "If nothing arrived you are owed all of your money; taking 20% usually settles the claim for "
                    + "20%."),
            new Rule("Paid by card? You have more routes",
                    "If the marketplace says no, your card issuer can raise a chargeback, normally within 120 days "
                    + "(weaker with a debit card, and some marketplaces close the account of a buyer who files one). "
                    + "In the UK, Section 75 makes a credit card company jointly liable with the seller for an item "
                    + "costing over £100."));

    public DisputeGuide(Window owner) {
        setTitle("How a dispute is won");
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setResizable(true);
        VBox rules = new VBox(10);
        rules.setId("disputeGuide");
        // Also the window's title, but a window manager may not show one: say it in the page as well.
        Label title = new Label("How a dispute is won");
        title.getStyleClass().add("title-3");
        Label intro = new Label("Most disputes are decided on the file you hand in. What makes it win:");
        intro.setWrapText(true);
        rules.getChildren().addAll(title, intro);
        int number = 1;
        for (Rule rule : RULES) {
            Label heading = new Label(number++ + ". " + rule.heading());
            heading.getStyleClass().add("title-4");
            heading.setWrapText(true);
            Label why = new Label(rule.why());
            why.setWrapText(true);
            VBox box = new VBox(2, heading, why);
            box.setAccessibleText(heading.getText() + ". " + rule.why());
            rules.getChildren().add(box);
        }
                ScrollPane scroll = new ScrollPane(rules);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(660);
        scroll.setPrefViewportWidth(720);
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(780);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}

package org.casefile.ui.help;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.casefile.ui.common.Words;

/**
 * "How a dispute is won" on one screen. Not modal, so the buyer can keep it open beside the case they are working
 * on. Facts from DESIGN.md ("Who uses it", "Checklists") and the reference article, in our own words.
 */
public final class DisputeGuide extends Dialog<Void> {
    /** Each rule: a short heading the eye can scan, then one or two sentences of why ({@code guide.ruleN.*}). */
    record Rule(String heading, String why) {
    }

    static final int RULE_COUNT = 8;

    static List<Rule> rules() {
        return IntStream.rangeClosed(1, RULE_COUNT).mapToObj(n -> new Rule(Words.get("guide.rule" + n + ".heading"),
                Words.get("guide.rule" + n + ".why"))).toList();
    }

    public DisputeGuide(Window owner) {
        setTitle(Words.get("guide.title"));
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setResizable(true);
        VBox rules = new VBox(10);
        rules.setId("disputeGuide");
        // Also the window's title, but a window manager may not show one: say it in the page as well.
        Label title = new Label(Words.get("guide.title"));
        title.getStyleClass().add("title-3");
        Label intro = new Label(Words.get("guide.intro"));
        intro.setWrapText(true);
        rules.getChildren().addAll(title, intro);
        int number = 1;
        for (Rule rule : rules()) {
            Label heading = new Label(Words.get("guide.numbered", number++, rule.heading()));
            heading.getStyleClass().add("title-4");
            heading.setWrapText(true);
            Label why = new Label(rule.why());
            why.setWrapText(true);
            VBox box = new VBox(2, heading, why);
            box.setAccessibleText(Words.get("guide.accessible", heading.getText(), rule.why()));
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

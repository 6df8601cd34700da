package org.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.casefile.TestCases;
import org.casefile.cli.Cli;
import org.junit.jupiter.api.Test;

/** The command line writes beside the open window: the window shows it without being told. */
class OtherWriterWindowTest extends WindowTestBase {

    @Test
    void aCaseAddedFromTheCommandLineAppearsInTheOpenWindow() {
        openApp();
        TableView<?> table = lookup("#caseTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();

        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--library", library.toString(), "new-case", "--platform", "ebay", "--order",
                "12-34567-89012", "--item", "Vintage camera lens", "--claim", "not-received", "--paid", "45 GBP",
                "--ordered", "2026-11-01"}, new PrintWriter(new StringWriter()), new PrintWriter(err),
                TestCases.CLOCK);
        assertThat(code).as(err.toString()).isZero();

        WindowWait.until(() -> table.getItems().size() == 1, 20);
        assertThat(lookup("#statusBar").tryQueryAs(Label.class).map(Label::getText).orElse(""))
                .contains("changed this library");
    }
}

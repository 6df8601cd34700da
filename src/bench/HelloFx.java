import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The baseline: the barest JavaFX window, started from the same jar, timed the same way as Casefile. It closes once
 * shown, or with the argument {@code stay} stays open (for its resident memory, measured like Casefile's).
 */
public class HelloFx {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("hello"), 400, 300));
            stage.setTitle("HelloFx");
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.err.println("casefile.trace window shown after "
                        + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
                if (!getParameters().getRaw().contains("stay")) {
                    Platform.exit();
                }
            });
            stage.show();
        }
    }
}

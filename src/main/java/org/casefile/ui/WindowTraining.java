package org.casefile.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.casefile.domain.CaseSummary;

/**
 * The window's part of the installer's ahead-of-time cache training (org.casefile.AotTraining, issue 19): the
 * window opened as a user's start opens it, left open until its case list is filled and the first case is shown,
 * then closed, so the cache holds the classes of exactly that start.
 */
public final class WindowTraining {
    private static final long GIVE_UP_MS = 180_000; // a loaded build machine: minutes, not hours

    private WindowTraining() {
    }

    /** Returns once the window has closed; throws when it did not get as far as the first case. */
    public static void openUntilFirstCaseShown(String library) {
        CompletableFuture<Void> walked = CompletableFuture.runAsync(WindowTraining::walk);
        walked.whenComplete((done, failure) -> Platform.runLater(Platform::exit));
        CasefileApp.launchOn(library);
        walked.join();
    }

    private static void walk() {
        MainView view = await(() -> Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull)
                .map(Scene::getRoot).filter(MainView.class::isInstance).map(MainView.class::cast)
                .findFirst().orElse(null));
        MainViewModel model = view.model();
        CaseSummary first = await(() -> model.list().loadedProperty().get() && !model.list().shown().isEmpty()
                ? model.list().shown().get(0) : null);
        await(() -> {
            model.open(first.id());
            return Boolean.TRUE;
        });
        await(() -> model.detail().isShowing(first.id()) ? Boolean.TRUE : null);
        pause(1000); // a few pulses more: the case laid out and painted
    }

    /** The first non-null answer of {@code onFxThread}, asked every 50 ms (before the toolkit is up: not yet). */
    private static <T> T await(Supplier<T> onFxThread) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MS;
        while (System.currentTimeMillis() < giveUp) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            try {
                Platform.runLater(() -> {
                    try {
                        answer.complete(onFxThread.get());
                    } catch (RuntimeException e) {
                        answer.completeExceptionally(e);
                    }
                });
            } catch (IllegalStateException toolkitNotStarted) {
                answer.complete(null);
            }
            T value = answer.orTimeout(GIVE_UP_MS, TimeUnit.MILLISECONDS).join();
            if (value != null) {
                return value;
            }
            pause(50);
        }
        String stage = "the window did not show its first case within "; // not window text
        throw new IllegalStateException(stage + GIVE_UP_MS / 1000 + " s"); // not window text
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.casefile.ui.common;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** The window's scheduler: an animation timeline, so each task runs on the FX thread and no thread is started. */
public final class FxScheduler implements Scheduler {
    @Override
    public Runnable after(Duration delay, Runnable task) {
        return play(delay, task, 1);
    }

    @Override
    public Runnable every(Duration period, Runnable task) {
        return play(period, task, Animation.INDEFINITE);
    }

    private static Runnable play(Duration delay, Runnable task, int cycles) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(delay.toMillis()),
                e -> task.run()));
        timeline.setCycleCount(cycles);
        timeline.play();
        return timeline::stop;
    }
}

package org.ouraviewer.ui.main;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.ouraviewer.io.desktop.ColorScheme;

/**
 * Whether the window is dark: as View ▸ Appearance says, and for System as the system says, asked at start
 * and every few seconds while System is chosen and the window is open (the system may switch at sunset).
 * The asking runs on the window's background executor, never on the FX thread: until the first answer, and
 * whenever there is none (no desktop, a missing program), System is light. FX thread only.
 */
final class SystemAppearance {
    private static final System.Logger LOG = System.getLogger(SystemAppearance.class.getName());
    /** Often enough to follow a switch soon, rarely enough to cost nothing: one short command a time. */
    static final Duration POLL = Duration.seconds(5);

    private final ObservableValue<AppearanceChoice> choice;
    private final Supplier<Optional<ColorScheme>> system;
    private final Executor background;
    private final BooleanProperty systemDark = new SimpleBooleanProperty(this, "systemDark");
    private final BooleanBinding dark;
    private final Timeline poll = new Timeline(new KeyFrame(POLL, e -> ask()));
    private boolean open;
    /** An ask is under way: a tick meanwhile does not queue another behind it. */
    private boolean asking;

    /** @param system asks the system (blocking, briefly): {@code ColorSchemeProbe::detect}, or a test's answer */
    SystemAppearance(ObservableValue<AppearanceChoice> choice, Supplier<Optional<ColorScheme>> system,
                     Executor background) {
        this.choice = Objects.requireNonNull(choice);
        this.system = Objects.requireNonNull(system);
        this.background = Objects.requireNonNull(background);
        this.dark = Bindings.createBooleanBinding(() -> switch (choice.getValue()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemDark.get();
        }, choice, systemDark);
        poll.setCycleCount(Animation.INDEFINITE);
        choice.addListener((obs, o, n) -> follow());
    }

    /** Dark or not, now: what the window's {@code Appearance} binds to. */
    ObservableBooleanValue dark() {
        return dark;
    }

    /** The window is open: follow the system while System is chosen. */
    void start() {
        open = true;
        follow();
    }

    /** The window is closed: stop asking. */
    void stop() {
        open = false;
        poll.stop();
    }

    /** Whether the system is asked every {@link #POLL}. */
    boolean polling() {
        return poll.getStatus() == Animation.Status.RUNNING;
    }

    private void follow() {
        if (open && choice.getValue() == AppearanceChoice.SYSTEM) {
            ask();
            poll.play();
        } else {
            poll.stop();
        }
    }

    /** Asks the system in the background; its answer comes back to the FX thread. Each tick of the poll. */
    void ask() {
        if (asking) {
            return;
        }
        asking = true;
        background.execute(() -> {
            Optional<ColorScheme> answer;
            try {
                answer = system.get();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not ask the system for its appearance", e);
                answer = Optional.empty();
            }
            Optional<ColorScheme> told = answer;
            onFxThread(() -> {
                asking = false;
                systemDark.set(told.orElse(ColorScheme.LIGHT) == ColorScheme.DARK);
            });
        });
    }

    /** At once when already there (tests run the background work on the FX thread), else soon. */
    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}

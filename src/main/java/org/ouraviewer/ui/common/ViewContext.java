package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every view is given: the state the views share, the app's one executor for background work
 * ({@link Tasks}), the dialogs and the appearance (light or dark), both the main window's own. Tests pass a
 * same-thread executor, dialogs that answer for the user and an appearance of their own.
 */
public record ViewContext(AppModel app, Executor background, DialogService dialogs, Appearance appearance) {
    public ViewContext {
        Objects.requireNonNull(app);
        Objects.requireNonNull(background);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(appearance);
    }
}

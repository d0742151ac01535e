package org.ouraviewer.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every view is given: the state the views share, the app's one executor for background work
 * ({@link Tasks}), and the dialogs, owned by the main window. Tests pass a same-thread executor and
 * dialogs that answer for the user.
 */
public record ViewContext(AppModel app, Executor background, DialogService dialogs) {
    public ViewContext {
        Objects.requireNonNull(app);
        Objects.requireNonNull(background);
        Objects.requireNonNull(dialogs);
    }
}

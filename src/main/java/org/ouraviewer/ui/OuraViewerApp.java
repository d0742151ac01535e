package org.ouraviewer.ui;

import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ouraviewer.desktop.InstanceServer;
import org.ouraviewer.log.AppLog;
import org.ouraviewer.ui.common.CrashHandler;
import org.ouraviewer.ui.main.MainWindow;
import org.ouraviewer.work.AppThreads;

/**
 * The JavaFX application: the crash path first, then the app's executor, then the main window with the
 * paths given on the command line, then the files that later launches hand over; web pages open in the
 * user's browser through HostServices.
 */
public final class OuraViewerApp extends Application {
    /** Set before the launch: JavaFX makes the Application itself, so it cannot be given to a constructor. */
    private static volatile Optional<InstanceServer> handOvers = Optional.empty();

    /**
     * Opens the window and returns when it is closed; {@code handOvers}, the endpoint the launcher claimed
     * before the toolkit started (so a launch during start-up is not lost), if it could.
     */
    public static void launchWindow(String[] args, Optional<InstanceServer> handOvers) {
        OuraViewerApp.handOvers = handOvers;
        Application.launch(OuraViewerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CrashHandler crash = new CrashHandler(AppLog::where);
        crash.installOnThisAndEveryThread();
        MainWindow window = MainWindow.create(stage, AppThreads.reportingTo(crash),
                address -> getHostServices().showDocument(address.toString()));
        crash.showIn(window.dialogs());
        window.show();
        window.openAtStart(getParameters().getRaw());
        handOvers.ifPresent(server -> server.deliverTo(paths -> Platform.runLater(() -> window.openHandedOver(paths))));
    }
}

package org.ouraviewer.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.ouraviewer.log.AppLog;
import org.ouraviewer.ui.common.CrashHandler;
import org.ouraviewer.ui.main.MainWindow;
import org.ouraviewer.work.AppThreads;

/**
 * The JavaFX application: the crash path first, then the app's executor, then the main window with the
 * paths given on the command line; web pages open in the user's browser through HostServices.
 */
public final class OuraViewerApp extends Application {
    public static void launchWindow(String[] args) {
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
    }
}

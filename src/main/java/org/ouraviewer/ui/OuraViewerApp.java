package org.ouraviewer.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.ouraviewer.ui.fetch.FetchDialog;
import org.ouraviewer.ui.main.MainWindow;

/** The JavaFX application: opens the main window with the paths given on the command line. */
public final class OuraViewerApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(OuraViewerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FetchDialog.useBrowser(getHostServices()::showDocument);
        MainWindow window = MainWindow.create(stage);
        window.show();
        window.openAtStart(getParameters().getRaw());
    }
}

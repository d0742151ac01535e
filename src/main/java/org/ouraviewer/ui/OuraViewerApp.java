package org.ouraviewer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the main window. */
public final class OuraViewerApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(OuraViewerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Oura Viewer");
        stage.setScene(new Scene(new StackPane(new Label("Oura Viewer")), 1100, 720));
        stage.show();
    }
}

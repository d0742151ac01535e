package org.ouraviewer.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.ouraviewer.ui.calendar.CalendarView;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.night.NightView;
import org.ouraviewer.ui.tags.TagsView;
import org.ouraviewer.ui.workouts.WorkoutsView;

/** The JavaFX application: the main window. (A plain shell until the main-window issue is built.) */
public final class OuraViewerApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(OuraViewerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppModel model = new AppModel();
        TabPane tabs = new TabPane(new Tab("Calendar", new CalendarView(model).node()),
                new Tab("Night", new NightView(model).node()), new Tab("Tags", new TagsView(model).node()),
                new Tab("Workouts", new WorkoutsView(model).node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stage.setTitle("Oura Viewer");
        stage.setScene(new Scene(tabs, 1100, 720));
        stage.show();
    }
}

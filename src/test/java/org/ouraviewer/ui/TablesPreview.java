package org.ouraviewer.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.ouraviewer.io.DataLoader;
import org.ouraviewer.io.LoadResult;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.tags.TagsView;
import org.ouraviewer.ui.workouts.WorkoutsView;

/**
 * A window with only the Tags and Workouts tabs, for looking at them while the main window is built
 * elsewhere: {@code java -cp ... org.ouraviewer.ui.TablesPreview [--workouts] [--synthetic] PATH...}.
 * The line at the bottom shows what opening a row asked the app model for.
 */
public final class TablesPreview {
    private TablesPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window (nested: the java launcher refuses a main class that is an Application). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            AppModel model = new AppModel();
            Tab tags = new Tab("Tags", new TagsView(org.ouraviewer.ui.common.ScriptedDialogs.context(model)).node());
            Tab workouts = new Tab("Workouts", new WorkoutsView(org.ouraviewer.ui.common.ScriptedDialogs.context(model)).node());
            TabPane tabs = new TabPane(tags, workouts);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            if (args.contains("--workouts")) {
                tabs.getSelectionModel().select(workouts);
            }
            Label opened = new Label("Double-click or Enter on a row opens its day");
            model.tabProperty().addListener((o, a, b) -> opened.setText("openDay: " + model.dayProperty().get()
                    + ", tab " + b));
            List<Path> paths = args.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
            LoadResult loaded = args.contains("--synthetic")
                    ? new LoadResult(SyntheticTables.data(10_000, 5_000), List.of(), List.of())
                    : DataLoader.load(paths);
            long t0 = System.nanoTime();
            model.setLoaded(loaded);
            System.out.printf("rows built in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            BorderPane root = new BorderPane(tabs);
            root.setBottom(opened);
            stage.setTitle("Oura Viewer – tables preview");
            stage.setScene(new Scene(root, 1280, 760));
            stage.show();
        }
    }
}

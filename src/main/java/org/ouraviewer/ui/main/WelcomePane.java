package org.ouraviewer.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ouraviewer.io.FileFormats;
import org.ouraviewer.ui.common.Icons;

/** What an empty window shows: the ways to get data in. */
final class WelcomePane extends VBox {
    /** What the buttons do; the main window supplies them. */
    record Actions(Runnable openFiles, Runnable openFolder, Runnable fetch, Runnable sample) {
    }

    WelcomePane(Actions actions, boolean sampleAvailable) {
        getStyleClass().add("welcome-pane");
        setAlignment(Pos.CENTER);
        Label title = new Label("Oura Viewer");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("Your Oura ring's data on your own computer: offline and private.");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);
        Button open = button("Open files…", Icons.OPEN_FILES, actions.openFiles());
        open.setDefaultButton(true);
        Button folder = button("Open folder…", Icons.OPEN_FOLDER, actions.openFolder());
        Button fetch = button("Get data from Oura…", Icons.FETCH, actions.fetch());
        Button sample = button("Try the sample data", Icons.SAMPLE, actions.sample());
        sample.setDisable(!sampleAvailable);
        HBox buttons = new HBox(open, folder, fetch, sample);
        buttons.getStyleClass().add("welcome-buttons");
        buttons.setAlignment(Pos.CENTER);
        Label drop = new Label("Drop your Oura export ZIP, JSON or CSV files, or a folder here", Icons.DROP.node());
        drop.getStyleClass().add("drop-hint");
        drop.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        drop.setWrapText(true);
        drop.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox dropZone = new VBox(drop);
        // what opens, one source a line, in the words users know them by
        for (String what : FileFormats.WHAT_OPENS) {
            Label line = new Label(Character.toUpperCase(what.charAt(0)) + what.substring(1));
            line.getStyleClass().add("welcome-note");
            line.setWrapText(true);
            dropZone.getChildren().add(line);
        }
        dropZone.getStyleClass().add("drop-zone");
        dropZone.setAlignment(Pos.CENTER);
        getChildren().addAll(title, lead, buttons);
        if (!sampleAvailable) {
            Label missing = new Label("(This build has no sample data.)");
            missing.getStyleClass().add("welcome-note");
            getChildren().add(missing);
        }
        getChildren().add(dropZone);
    }

    private static Button button(String text, Icons icon, Runnable action) {
        Button b = new Button(text, icon.node());
        b.getStyleClass().add("welcome-button");
        b.setOnAction(e -> action.run());
        return b;
    }
}

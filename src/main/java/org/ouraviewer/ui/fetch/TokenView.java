package org.ouraviewer.ui.fetch;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A pasted access token: a line of help, the field, and "remember". Used for Open Humans and, as an advanced choice, Oura. */
final class TokenView {
    private final GridPane grid = new GridPane();

    TokenView(FetchViewModel vm, String idPrefix, String help) {
        Label helpLabel = new Label(help);
        helpLabel.getStyleClass().add("fetch-help");
        helpLabel.setWrapText(true);
        helpLabel.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField token = new PasswordField();
        token.setId(idPrefix + "token");
        token.setPromptText("access token");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        GridPane.setHgrow(token, Priority.ALWAYS);
        CheckBox remember = new CheckBox("Remember the token on this computer");
        remember.setId(idPrefix + "remember");
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        remember.setTooltip(new Tooltip("Kept in a file only you can read. Unticked, the token is forgotten"
                + " when the dialog closes."));
        grid.getStyleClass().add("fetch-form");
        grid.add(helpLabel, 0, 0, 2, 1);
        grid.addRow(1, new Label("Access token"), token);
        grid.add(remember, 1, 2);
    }

    GridPane node() {
        return grid;
    }
}

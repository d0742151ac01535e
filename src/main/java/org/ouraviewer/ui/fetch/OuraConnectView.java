package org.ouraviewer.ui.fetch;

import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ouraviewer.fetch.oauth.OuraApp;
import org.ouraviewer.ui.common.Icons;

/**
 * The Oura side of the dialog. Signed in: what is connected, where the sign-in is kept, "Sign out".
 * Signed out: "Connect to Oura…" with the three steps (register an app at developer.ouraring.com, give it
 * the redirect URI shown with a Copy button, paste its client id and secret), and pasting a token as an
 * advanced choice.
 */
final class OuraConnectView {
    static final String TOKEN_HELP = "Only if you already have an access token (personal access tokens can no"
            + " longer be created): it is used as it is and not renewed.";

    private final SignInViewModel signIn;
    private final VBox root;

    OuraConnectView(FetchViewModel vm, Executor background) {
        this.signIn = vm.signIn();
        VBox connected = connected();
        VBox connect = connect(background);
        TitledPane advanced = new TitledPane("Or paste an access token (advanced)",
                new TokenView(vm, "", TOKEN_HELP).node());
        advanced.setId("advanced-token");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        advanced.getStyleClass().add("fetch-advanced");
        connected.visibleProperty().bind(signIn.stateProperty().isEqualTo(SignInViewModel.State.SIGNED_IN));
        connect.visibleProperty().bind(connected.visibleProperty().not());
        advanced.visibleProperty().bind(signIn.stateProperty().isEqualTo(SignInViewModel.State.SIGNED_OUT));
        for (Region r : new Region[] {connected, connect, advanced}) {
            r.managedProperty().bind(r.visibleProperty());
        }
        Label message = new Label();
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(signIn.messageProperty());
        message.visibleProperty().bind(signIn.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        FetchDialog.markErrors(message, signIn.messageIsErrorProperty());
        root = new VBox(10, connected, connect, message, advanced);
        root.getStyleClass().add("fetch-oura");
    }

    VBox node() {
        return root;
    }

    private VBox connected() {
        Label who = new Label();
        who.setId("connected");
        who.getStyleClass().add("fetch-connected");
        who.setWrapText(true);
        who.textProperty().bind(signIn.connectedProperty());
        Label where = new Label("It renews itself, and is kept in a file only you can read: " + signIn.credentialFile());
        where.getStyleClass().add("fetch-help");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        Button signOut = new Button("Sign out", Icons.SIGN_OUT.node());
        signOut.setId("sign-out");
        signOut.setOnAction(e -> signIn.signOut());
        return new VBox(6, who, where, signOut);
    }

    private VBox connect(Executor background) {
        Label heading = new Label("Connect to Oura with an app of your own, in three steps:");
        heading.getStyleClass().add("fetch-heading");

        Hyperlink portal = new Hyperlink(OuraApp.REGISTRATION.getHost() + OuraApp.REGISTRATION.getPath());
        portal.setId("portal");
        portal.setOnAction(e -> signIn.open(OuraApp.REGISTRATION));
        HBox step1 = new HBox(new Label("Register an app at"), portal);
        step1.getStyleClass().add("fetch-step-line");

        TextField redirect = new TextField();
        redirect.setId("redirect-uri");
        redirect.setEditable(false);
        redirect.textProperty().bind(signIn.redirectUriProperty());
        HBox.setHgrow(redirect, Priority.ALWAYS);
        Button copy = new Button("Copy", Icons.COPY.node());
        copy.setId("copy-redirect");
        copy.setOnAction(e -> copy(signIn.redirectUriProperty().get()));
        TextField port = new TextField();
        port.setId("port");
        port.setPrefColumnCount(5);
        port.textProperty().bindBidirectional(signIn.portProperty());
        HBox step2 = new HBox(8, redirect, copy, new Label("port"), port);
        step2.getStyleClass().add("fetch-step-line");

        TextField clientId = new TextField();
        clientId.setId("client-id");
        clientId.setPromptText("client id");
        clientId.textProperty().bindBidirectional(signIn.clientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("client-secret");
        secret.setPromptText("client secret");
        secret.textProperty().bindBidirectional(signIn.clientSecretProperty());
        HBox.setHgrow(clientId, Priority.ALWAYS);
        HBox.setHgrow(secret, Priority.ALWAYS);
        HBox step3 = new HBox(8, clientId, secret);

        GridPane steps = new GridPane();
        steps.getStyleClass().addAll("fetch-form", "fetch-steps");
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        steps.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), grow);
        steps.addRow(0, step("1"), new Label("App"), step1);
        steps.addRow(1, step("2"), new Label("Redirect URI"), step2);
        steps.addRow(2, step("3"), new Label("Its keys"), step3);
        steps.disableProperty().bind(signIn.stateProperty().isEqualTo(SignInViewModel.State.WAITING));

        Button connect = new Button("Connect to Oura…", Icons.CONNECT.node());
        connect.setId("connect");
        connect.disableProperty().bind(signIn.canSignInProperty().not());
        connect.setOnAction(e -> signIn.signIn(background));
        Button cancel = new Button("Cancel sign-in");
        cancel.setId("cancel-sign-in");
        cancel.setOnAction(e -> signIn.cancel());
        Hyperlink again = new Hyperlink("Open Oura's sign-in page again");
        again.setId("open-again");
        again.setOnAction(e -> signIn.open(signIn.authorizeUrlProperty().get()));
        Hyperlink copyAddress = new Hyperlink("Copy its address");
        copyAddress.setId("copy-address");
        copyAddress.setOnAction(e -> copy(signIn.authorizeUrlProperty().get().toString()));
        for (Region r : new Region[] {cancel, again, copyAddress}) {
            r.visibleProperty().bind(signIn.authorizeUrlProperty().isNotNull());
            r.managedProperty().bind(r.visibleProperty());
        }
        connect.visibleProperty().bind(cancel.visibleProperty().not());
        connect.managedProperty().bind(connect.visibleProperty());
        HBox actions = new HBox(8, connect, cancel, again, copyAddress);

        Label kept = new Label("Your browser opens at Oura to allow access; the sign-in is then kept in a file"
                + " only you can read (" + signIn.credentialFile() + ") and renews itself.");
        kept.getStyleClass().add("fetch-help");
        kept.setWrapText(true);
        kept.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, heading, steps, actions, kept);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Label step(String number) {
        Label l = new Label(number);
        l.getStyleClass().add("fetch-step-number");
        return l;
    }
}

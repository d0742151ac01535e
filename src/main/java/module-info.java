/**
 * Oura Viewer: a desktop viewer for Oura ring data. The same launcher opens the window and runs the
 * headless commands of {@code CLI.md}; the headless path never touches the JavaFX toolkit.
 */
module org.ouraviewer {
    requires java.desktop;
    requires java.logging;
    requires java.net.http;
    requires jdk.httpserver;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;

    exports org.ouraviewer;
    exports org.ouraviewer.model;
    exports org.ouraviewer.io;
    exports org.ouraviewer.cli;
    exports org.ouraviewer.text;
    exports org.ouraviewer.ui to javafx.graphics;

    opens org.ouraviewer to javafx.graphics;
    opens org.ouraviewer.ui.main to com.fasterxml.jackson.databind;
}

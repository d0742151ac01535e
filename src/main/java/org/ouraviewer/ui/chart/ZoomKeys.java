package org.ouraviewer.ui.chart;

import java.util.List;
import javafx.scene.input.KeyEvent;
import org.ouraviewer.ui.common.KeyHelp;

/**
 * The keys that zoom every chart the same way, beside the mouse's {@link ZoomGestures}: + (or =) zooms in
 * around the middle, − out, Escape shows the whole again. FX thread only.
 */
public final class ZoomKeys {
    /** How far + zooms in; − zooms out by its inverse. */
    private static final double STEP = 0.7;

    private ZoomKeys() {
    }

    /** Carries out {@code e} if it is a zoom key, and consumes it; returns whether it was one. */
    public static boolean handle(KeyEvent e, ZoomCommands zoom) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoom.zoomAroundCentre(STEP);
            case MINUS, SUBTRACT -> zoom.zoomAroundCentre(1 / STEP);
            case ESCAPE -> zoom.resetZoom();
            default -> {
                return false;
            }
        }
        e.consume();
        return true;
    }

    /**
     * The keyboard help's lines of a chart that zooms with these keys and the mouse, {@code reset} saying what
     * Escape and a double-click show ("Show the whole night again").
     */
    public static List<KeyHelp> help(String reset) {
        return List.of(new KeyHelp("+, −", "Zoom in or out around the middle"),
                new KeyHelp("Escape or double-click", reset),
                new KeyHelp("Drag, scroll", "Zoom to a range, zoom around the pointer"),
                new KeyHelp("Right-drag or Shift-drag", "Pan"));
    }
}

package org.ouraviewer.ui.nights;

import java.time.LocalDate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.ouraviewer.chart.DayRange;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.chart.PlotArea;
import org.ouraviewer.chart.nights.ActogramLayout;
import org.ouraviewer.chart.nights.ActogramReadout;
import org.ouraviewer.chart.nights.ActogramRenderer;
import org.ouraviewer.chart.nights.ActogramRows;
import org.ouraviewer.chart.nights.NightSets;
import org.ouraviewer.chart.nights.NightsSentence;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.ui.chart.CanvasPainter;
import org.ouraviewer.ui.chart.ChartCanvasPane;
import org.ouraviewer.ui.chart.DayZoom;
import org.ouraviewer.ui.chart.ZoomGestures;
import org.ouraviewer.ui.chart.ZoomKeys;

/**
 * The actogram on screen: the picture on one canvas, laid out once per content and size and painted from its
 * arrays; the day under the pointer (or chosen with the keys) outlined on a second canvas with its readout
 * beside it. Click or Enter opens the day in the Night tab; Up and Down choose a day, Page Up and Page Down
 * move a week (the range follows past its ends). The mouse zooms the range of days as on every chart
 * ({@link ZoomGestures}, along the rows; the range control carries it out, {@link DayZoom}): scroll around the
 * pointer, drag across rows to zoom to them, right-drag or Shift-drag to pan; + and − zoom, Escape resets.
 */
final class ActogramPane extends ChartCanvasPane<ActogramLayout, NightsPalette> {
    private final NightsViewModel viewModel;
    private final DayZoom zoom;
    private final Label readout;
    private int hovered = -1;
    /** The day chosen with the keys, kept by date so that it survives a change of range; null for none. */
    private LocalDate selected;

    ActogramPane(NightsViewModel viewModel, ObservableBooleanValue dark, DayZoom zoom) {
        super(dark, NightsPalette::of, 900, 560);
        this.viewModel = viewModel;
        this.zoom = zoom;
        getStyleClass().add("actogram");
        readout = addReadoutLabel();
        viewModel.contentProperty().addListener((o, was, now) -> relayout());
        ZoomGestures.installVertical(surface(), this, new RowGestures(this), zoom);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    Label readout() {
        return readout;
    }

    DayZoom zoom() {
        return zoom;
    }

    /** Lays out for the window's device pixels (rows of whole device pixels); the pointer's row is forgotten. */
    @Override
    protected ActogramLayout layOut(double width, double height) {
        NightsViewModel.Content c = viewModel.contentProperty().get();
        hovered = -1;
        return c == null || width < 200 || height < 120 ? null : new ActogramLayout(c.rows(),
                ActogramLayout.Options.screen(width, height, renderScale()), "", NightSets.markedName(c.tag()));
    }

    @Override
    protected String describe(ActogramLayout layout) {
        return NightsSentence.actogram(layout.rows(), NightSets.markedName(viewModel.contentProperty().get().tag()));
    }

    @Override
    protected void paint(ActogramLayout layout, NightsPalette palette, Painter p) {
        ActogramRenderer.paint(layout, palette, p);
    }

    @Override
    protected void redrawOverlay() {
        drawOverlay(Double.NaN, Double.NaN);
    }

    /** The row outlined: the one under the pointer, else the one chosen with the keys. */
    void drawOverlay(double selectFrom, double selectTo) {
        CanvasPainter p = clearOverlay();
        ActogramLayout layout = currentLayout();
        int row = hovered >= 0 ? hovered : selectedRow();
        if (layout == null) {
            readout.setVisible(false);
            return;
        }
        NightsPalette palette = palette();
        PlotArea plot = layout.plot();
        if (!Double.isNaN(selectFrom)) {
            p.color(palette.night().selection());
            p.fillRect(plot.left(), Math.min(selectFrom, selectTo), plot.width(), Math.abs(selectTo - selectFrom));
        }
        if (row < 0) {
            readout.setVisible(false);
            return;
        }
        double top = layout.rowTop(row);
        double bottom = layout.rowBottom(row);
        p.color(palette.night().crosshair().withOpacity(0.8));
        double pad = bottom - top < 3 ? 1.5 : 0;
        double left = plot.left() - layout.options().fontSize() * 0.3;
        p.polyline(new double[] {left, plot.right(), plot.right(), left, left},
                new double[] {top - pad, top - pad, bottom + pad, bottom + pad, top - pad}, 5, 1);
        showReadout(row, bottom + pad);
    }

    private void showReadout(int row, double below) {
        ActogramLayout layout = currentLayout();
        LocalDate day = layout.rows().day(row);
        readout.setText(String.join("\n", ActogramReadout.lines(viewModel.data(), day, layout.daysPerLine())));
        readout.setVisible(true);
        double w = readout.prefWidth(-1);
        double h = readout.prefHeight(w);
        // from 08:30 on, where the rows are mostly empty (between waking and the afternoon naps)
        double x = Math.min(layout.plot().right() - w, layout.xOf(14.5 * 3600));
        double y = below + 6 + h > getHeight() ? layout.rowTop(row) - 6 - h : below + 6;
        readout.resizeRelocate(Math.max(0, x), Math.max(0, y), w, h);
    }

    /** The pointer is over {@code y} (NaN: left the rows). */
    void pointer(double y) {
        ActogramLayout layout = currentLayout();
        hovered = layout == null || Double.isNaN(y) ? -1 : layout.rowAt(y);
        drawOverlay(Double.NaN, Double.NaN);
    }

    void open(int row) {
        ActogramLayout layout = currentLayout();
        if (layout != null && row >= 0) {
            viewModel.open(layout.rows().day(row));
        }
    }

    /** The row of the day chosen with the keys, or -1 (none, or outside the range shown). */
    int selectedRow() {
        ActogramLayout layout = currentLayout();
        return layout == null || selected == null ? -1 : layout.rows().row(selected);
    }

    private void keyPressed(KeyEvent e) {
        ActogramLayout layout = currentLayout();
        if (layout == null || layout.rows().rows() == 0) {
            return;
        }
        ActogramRows rows = layout.rows();
        LocalDate last = rows.day(rows.rows() - 1);
        LocalDate from = selectedRow() >= 0 ? selected : hovered >= 0 ? rows.day(hovered) : last.plusDays(1);
        LocalDate to = switch (e.getCode()) {
            case UP -> from.minusDays(1);
            case DOWN -> from.isAfter(last) ? last : from.plusDays(1);
            case PAGE_UP -> from.minusWeeks(1);
            case PAGE_DOWN -> from.plusWeeks(1);
            case HOME -> rows.first();
            case END -> last;
            default -> null;
        };
        DayRange bounds = viewModel.boundsProperty().get();
        if (to != null && bounds != null) {
            selected = to.isBefore(bounds.from()) ? bounds.from() : to.isAfter(bounds.to()) ? bounds.to() : to;
            hovered = -1;
            zoom.reveal(selected);
            drawOverlay(Double.NaN, Double.NaN);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && selectedRow() >= 0) {
            open(selectedRow());
            e.consume();
        } else {
            ZoomKeys.handle(e, zoom);
        }
    }
}

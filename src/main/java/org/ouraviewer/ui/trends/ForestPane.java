package org.ouraviewer.ui.trends;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.ForestPlot;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.chart.CanvasPainter;

/**
 * The tag effects of the Trends tab as a forest plot ({@link ForestPlot}) on a canvas as tall as its rows
 * (the tab puts it in a scroll pane). A click on a row chooses that tag, whose days the trend chart then
 * marks; a second click, or Escape, lets it go. Up and Down move between tags. FX thread only.
 */
final class ForestPane extends Region {
    private final TrendsViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private ChartPalette palette;
    private ForestPlot plot;

    ForestPane(TrendsViewModel viewModel, ObservableBooleanValue dark) {
        this.viewModel = viewModel;
        this.palette = ChartPalette.of(dark.get());
        getStyleClass().add("forest-plot");
        setFocusTraversable(true);
        getChildren().add(canvas);
        viewModel.effectsProperty().addListener((o, was, now) -> relayout());
        viewModel.tagProperty().addListener((o, was, now) -> repaint());
        dark.addListener((o, was, now) -> {
            palette = ChartPalette.of(now);
            repaint();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            e.consume();
            int row = plot == null ? -1 : plot.rowAt(e.getY());
            if (row >= 0) {
                String tag = plot.effects().get(row).tag();
                viewModel.tagProperty().set(tag.equals(viewModel.tagProperty().get()) ? null : tag);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    ForestPlot plot() {
        return plot;
    }

    private void keyPressed(KeyEvent e) {
        List<TagEffect> effects = viewModel.effectsProperty().get();
        if (effects.isEmpty()) {
            return;
        }
        int i = selectedRow();
        if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            int next = e.getCode() == KeyCode.DOWN ? Math.min(effects.size() - 1, i + 1) : Math.max(0, i - 1);
            viewModel.tagProperty().set(effects.get(next).tag());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && i >= 0) {
            viewModel.tagProperty().set(null);
            e.consume();
        }
    }

    private int selectedRow() {
        String tag = viewModel.tagProperty().get();
        List<TagEffect> effects = viewModel.effectsProperty().get();
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i).tag().equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        return plot == null ? 60 : plot.height();
    }

    @Override
    protected void layoutChildren() {
        if (Math.floor(getWidth()) != canvas.getWidth()) {
            relayout();
        }
    }

    private void relayout() {
        double w = Math.floor(getWidth());
        var metric = viewModel.metricProperty().get();
        plot = w < 100 || metric == null ? null
                : new ForestPlot(viewModel.effectsProperty().get(), metric, w, 12);
        canvas.setWidth(w);
        canvas.setHeight(plot == null ? 0 : Math.ceil(plot.height()));
        requestLayout();
        repaint();
    }

    private void repaint() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (plot != null) {
            plot.paint(new CanvasPainter(g), palette, selectedRow());
        }
    }
}

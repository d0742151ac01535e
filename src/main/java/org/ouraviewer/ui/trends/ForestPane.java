package org.ouraviewer.ui.trends;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.ouraviewer.chart.ChartPalette;
import org.ouraviewer.chart.ChartSentence;
import org.ouraviewer.chart.ForestPlot;
import org.ouraviewer.chart.Painter;
import org.ouraviewer.metrics.TagEffect;
import org.ouraviewer.ui.chart.ChartCanvasPane;

/**
 * The tag effects of the Trends tab as a forest plot ({@link ForestPlot}) on a canvas as tall as its rows
 * (the tab puts it in a scroll pane). A click on a row chooses that tag, whose days the trend chart then
 * marks; a second click, or Escape, lets it go. Up and Down move between tags. FX thread only.
 */
final class ForestPane extends ChartCanvasPane<ForestPlot, ChartPalette> {
    private final TrendsViewModel viewModel;

    ForestPane(TrendsViewModel viewModel, ObservableBooleanValue dark) {
        super(dark, ChartPalette::of, 360, 60);
        this.viewModel = viewModel;
        getStyleClass().add("forest-plot");
        viewModel.effectsProperty().addListener((o, was, now) -> relayout());
        viewModel.tagProperty().addListener((o, was, now) -> repaint());
        surface().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            e.consume();
            ForestPlot plot = currentLayout();
            int row = plot == null ? -1 : plot.rowAt(e.getY());
            if (row >= 0) {
                String tag = plot.effects().get(row).tag();
                viewModel.tagProperty().set(tag.equals(viewModel.tagProperty().get()) ? null : tag);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    ForestPlot plot() {
        return currentLayout();
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

    /** As tall as its rows: the tab scrolls it. */
    @Override
    protected double computePrefHeight(double width) {
        return currentLayout() == null ? super.computePrefHeight(width) : currentLayout().height();
    }

    /** The rows at this width; their height is the pane's, which asks its parent for it when it changes. */
    @Override
    protected ForestPlot layOut(double width, double height) {
        var metric = viewModel.metricProperty().get();
        ForestPlot plot = width < 100 || metric == null ? null
                : new ForestPlot(viewModel.effectsProperty().get(), metric, width, 12);
        requestLayout();
        return plot;
    }

    @Override
    protected String describe(ForestPlot plot) {
        return ChartSentence.tagEffects(plot.effects(), viewModel.metricProperty().get());
    }

    @Override
    protected void paint(ForestPlot plot, ChartPalette palette, Painter p) {
        plot.paint(p, palette, selectedRow());
    }

    /** Nothing follows the pointer: the chosen tag is painted with the rows. */
    @Override
    protected void redrawOverlay() {
    }
}

package org.ouraviewer.ui.nights;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ouraviewer.chart.nights.NightsPalette;
import org.ouraviewer.ui.chart.DayRangeControl;
import org.ouraviewer.ui.chart.DayZoom;
import org.ouraviewer.ui.chart.PictureSize;
import org.ouraviewer.ui.common.ExportCommand;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Icons;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;

/**
 * The Nights tab: many nights at once over a range of days, as an actogram (a row per day on the recorded
 * clock) or as the median night (heart rate, HRV and phases by time since bedtime), for all the nights or
 * those after a tag, against all the others, with a single night laid over it.
 */
public final class NightsView implements TabView, Exportable {
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Up, Down", "Choose a day in the actogram (Page Up, Page Down: a week)"),
            new KeyHelp("Enter or click", "Open the day in the Night tab"),
            new KeyHelp("Scroll, drag across rows, +, −", "Zoom the range of days; right-drag or Shift-drag pans"),
            new KeyHelp("Escape", "Back to the range chosen"));

    private final ViewContext context;
    private final NightsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final DayRangeControl range = new DayRangeControl(DayRangeControl.Preset.DAYS_90);
    private final ActogramPane actogram;
    private final MedianNightPane median;
    private final NightsToolbar toolbar;
    private final Label empty = new Label();

    public NightsView(ViewContext context) {
        this.context = context;
        this.viewModel = new NightsViewModel(context.app(), context.background());
        this.actogram = new ActogramPane(viewModel, context.appearance().darkProperty(), new DayZoom(range));
        this.median = new MedianNightPane(viewModel, context.appearance().darkProperty());
        this.toolbar = new NightsToolbar(viewModel, range);
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node focusTarget() {
        return actogram.isVisible() ? actogram : median;
    }

    /** The view showing, at the tab's size when it is large enough to go by. */
    @Override
    public Optional<Export> export() {
        PictureSize size = PictureSize.of(root);
        return NightsExport.of(viewModel.contentProperty().get(), viewModel.modeProperty().get(), size.width(),
                size.height(), NightsPalette.of(context.appearance().darkProperty().get()));
    }

    NightsViewModel viewModel() {
        return viewModel;
    }

    private void createView() {
        root.getStyleClass().add("nights-view");
        root.getStylesheets().add(NightsView.class.getResource("nights.css").toExternalForm());
        Button export = new Button("Export…", Icons.EXPORT.node());
        export.getStyleClass().add("nights-export");
        export.setTooltip(new Tooltip("Export the view as PNG or SVG, or its series as CSV"));
        export.setOnAction(e -> ExportCommand.run(this, context));
        export.disableProperty().bind(viewModel.contentProperty().isNull());
        toolbar.addTrailing(export);
        empty.getStyleClass().add("nights-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(640);
        Label hint = new Label();
        hint.getStyleClass().add("nights-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.modeProperty().get() == NightsViewModel.Mode.ACTOGRAM
                        ? "Hover a day for its night · click or Enter opens it in the Night tab · Up/Down choose a day"
                        + " · scroll or drag across rows to zoom, Escape resets"
                        : "Hover for the numbers at that time since bedtime · the Night tab's \"Compare with my usual"
                        + " night\" lays a night over this", viewModel.modeProperty()));
        root.setTop(toolbar.node());
        root.setCenter(new StackPane(actogram, median, empty));
        root.setBottom(hint);
    }

    private void initListeners() {
        range.rangeProperty().addListener((o, was, now) -> viewModel.rangeProperty().set(now));
        viewModel.boundsProperty().addListener((o, was, now) -> range.setBounds(now));
        range.setBounds(viewModel.boundsProperty().get());
        viewModel.rangeProperty().set(range.rangeProperty().get());
        viewModel.wantedRangeProperty().addListener((o, was, now) -> {
            if (now != null) {
                range.show(now);
            }
        });
        if (viewModel.wantedRangeProperty().get() != null) {
            range.show(viewModel.wantedRangeProperty().get());
        }
        viewModel.modeProperty().addListener((o, was, now) -> showMode());
        viewModel.boundsProperty().addListener((o, was, now) -> showMode());
        context.app().loadedProperty().addListener((o, was, now) -> showMode());
        showMode();
    }

    private void showMode() {
        boolean none = viewModel.boundsProperty().get() == null;
        boolean actogramShown = viewModel.modeProperty().get() == NightsViewModel.Mode.ACTOGRAM;
        actogram.setVisible(!none && actogramShown);
        median.setVisible(!none && !actogramShown);
        empty.setVisible(none);
        // files of daily numbers only (an API history of daily documents) have no night to draw
        empty.setText(context.app().data().isEmpty()
                ? "No sleep data loaded. Open your Oura files to see your nights."
                : "The files loaded have no sleep periods, only daily numbers. The Nights tab draws the sleep"
                + " documents (oura-v2-sleep.json, sleepmodel.csv, a Trends CSV).");
    }
}

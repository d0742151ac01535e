package org.ouraviewer.ui.night;

import java.io.File;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ouraviewer.chart.HeaderText;
import org.ouraviewer.chart.NightNumbers;
import org.ouraviewer.chart.NightPicture;
import org.ouraviewer.chart.NightSeries;
import org.ouraviewer.model.OuraData;
import org.ouraviewer.model.SleepPeriod;
import org.ouraviewer.ui.common.AppModel;

/**
 * File ▸ Export night… and the tab's Export button: asks for a format (PNG at 1×, 2× or 3×, SVG, or the
 * series as CSV) and a file, then writes in the background. It exports what the Night tab shows (period and
 * zoom, in its colours); without a Night tab, the main sleep of the app's day.
 */
public final class NightExport {
    // weak both ways: a view holds its model, so a strong value would keep the key alive for ever
    private static final Map<AppModel, WeakReference<NightView>> VIEWS = new WeakHashMap<>();
    private static File lastFolder;

    private NightExport() {
    }

    static void register(AppModel app, NightView view) {
        VIEWS.put(app, new WeakReference<>(view));
    }

    /** Asks where and how to export the night of {@code model.dayProperty()}, then writes it. */
    public static void show(Window owner, AppModel model) {
        WeakReference<NightView> ref = VIEWS.get(model);
        NightView view = ref == null ? null : ref.get();
        NightPicture picture = view != null ? view.viewModel().picture(view.chart().palette()) : mainSleep(model);
        if (picture == null) {
            LocalDate day = view != null ? view.viewModel().dayProperty().get() : model.dayProperty().get();
            alert(owner, Alert.AlertType.INFORMATION, day == null ? "No sleep data is loaded, so there is no night to export."
                    : "There is no sleep data for " + day + " to export.");
            return;
        }
        int width = 1600;
        int height = 900;
        if (view != null && view.node().getLayoutBounds().getWidth() >= 640) {
            width = (int) Math.round(view.node().getLayoutBounds().getWidth());
            height = (int) Math.max(400, Math.round(view.node().getLayoutBounds().getHeight()));
        }
        Choice choice = ask(owner, picture, width, height);
        if (choice == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export night");
        chooser.setInitialFileName("night-" + picture.series().day() + "." + choice.format().extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(choice.format().label(),
                "*." + choice.format().extension()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        Path target = withExtension(file.toPath(), choice.format().extension());
        int w = width;
        int h = height;
        Thread writer = new Thread(() -> {
            try {
                choice.format().write(picture, target, w, h, choice.scale());
            } catch (Exception e) {
                Platform.runLater(() -> alert(owner, Alert.AlertType.ERROR, "Could not write " + target + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }, "night-export");
        writer.setDaemon(true);
        writer.start();
    }

    /** The file name with the format's extension, added when the user left it out. */
    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(name + "." + extension);
    }

    private static NightPicture mainSleep(AppModel model) {
        OuraData data = model.data();
        LocalDate day = model.dayProperty().get() != null ? model.dayProperty().get()
                : data.sleepDays().isEmpty() ? null : data.sleepDays().last();
        List<SleepPeriod> periods = day == null ? List.of() : data.sleepPeriods(day);
        if (periods.isEmpty()) {
            return null;
        }
        List<SleepPeriod> shown = List.of(data.mainSleepOrLongest(day).orElseThrow());
        return NightPicture.of(new NightSeries(day, shown), NightNumbers.of(data, day, shown));
    }

    private record Choice(ExportFormat format, int scale) {
    }

    private static Choice ask(Window owner, NightPicture picture, int width, int height) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export night");
        dialog.setHeaderText("Night of " + picture.series().day() + ": "
                + HeaderText.periods(picture.series().periods()));
        ToggleGroup formats = new ToggleGroup();
        VBox box = new VBox();
        box.getStyleClass().add("night-export-dialog");
        dialog.getDialogPane().getStylesheets().add(NightExport.class.getResource("night.css").toExternalForm());
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().addAll(1, 2, 3);
        scale.setValue(2);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "×  (" + width * s + " × " + height * s + " px)";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(f.label());
            b.setUserData(f);
            b.setToggleGroup(formats);
            box.getChildren().add(b);
            if (f == ExportFormat.PNG) {
                b.setSelected(true);
                VBox scaleBox = new VBox(new Label("Scale"), scale);
                scaleBox.getStyleClass().add("night-export-scale");
                box.getChildren().add(scaleBox);
            }
        }
        scale.disableProperty().bind(formats.selectedToggleProperty().isNotEqualTo(formats.getToggles().get(0)));
        box.getChildren().add(new Label("The picture shows the period and time range as in the Night tab."));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Choice((ExportFormat) formats.getSelectedToggle().getUserData(), scale.getValue()) : null);
        return dialog.showAndWait().orElse(null);
    }

    private static void alert(Window owner, Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}

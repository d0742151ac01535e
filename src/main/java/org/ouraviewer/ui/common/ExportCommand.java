package org.ouraviewer.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.ouraviewer.text.Problems;

/**
 * File ▸ Export… and every Export button: asks for the format (when there is a choice) and the file,
 * writes in the background, then says what was saved or why it could not be.
 */
public final class ExportCommand {
    private static final System.Logger LOG = System.getLogger(ExportCommand.class.getName());
    private ExportCommand() {
    }

    /** Exports what {@code view} offers now; does nothing when it offers nothing. FX thread. */
    public static void run(Exportable view, ViewContext context) {
        view.export().ifPresent(export -> run(export, context));
    }

    public static void run(Exportable.Export export, ViewContext context) {
        DialogService dialogs = context.dialogs();
        Optional<ExportFormat> format = export.formats().size() == 1 ? Optional.of(export.formats().get(0))
                : dialogs.choose(export.title(), export.description(), export.formats(), export.preferred(),
                        ExportFormat::label);
        if (format.isEmpty()) {
            return;
        }
        ExportFormat chosen = format.get();
        Optional<Path> file = dialogs.saveFile(export.title(), export.fileName().apply(chosen),
                DialogService.FileType.of(chosen.label(), chosen.extension()));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Tasks.create(() -> export.writer().write(chosen, target))
                .onSuccess(dialogs::notify)
                .onError(e -> {
                    LOG.log(System.Logger.Level.WARNING, "could not export to " + target, e);
                    dialogs.error(export.title(), "Could not save " + Problems.name(target) + ": "
                            + Problems.describe(e) + ".");
                })
                .runOnce(context.background());
    }
}

package org.ouraviewer.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The app's icons in one place (Material Design Icons through Ikonli), so a feature names what an
 * icon means and the glyph can change here. Size and colour come from CSS ({@code .icon}, coloured by the
 * theme, so icons follow light and dark). The one class that knows the icon packs (an architecture test
 * holds it to that).
 */
public enum Icons {
    OPEN_FILES(MaterialDesignF.FILE_MULTIPLE_OUTLINE),
    OPEN_FOLDER(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    FETCH(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE),
    SAMPLE(MaterialDesignF.FLASK_OUTLINE),
    DROP(MaterialDesignT.TRAY_ARROW_DOWN),
    EXPORT(MaterialDesignE.EXPORT),
    EXPORT_CSV(MaterialDesignF.FILE_DELIMITED_OUTLINE),
    CLEAR_FILTERS(MaterialDesignF.FILTER_REMOVE_OUTLINE),
    ZOOM_RESET(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    REPORT(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    WARNING(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    KEYBOARD(MaterialDesignK.KEYBOARD_OUTLINE),
    ABOUT(MaterialDesignI.INFORMATION_OUTLINE),
    PREVIOUS(MaterialDesignC.CHEVRON_LEFT),
    NEXT(MaterialDesignC.CHEVRON_RIGHT),
    NAP(MaterialDesignW.WEATHER_NIGHT),
    TAG(MaterialDesignT.TAG_OUTLINE),
    WORKOUT(MaterialDesignR.RUN),
    /** The fetch's progress per kind: waiting, downloading, saved, skipped, stopped. */
    WAITING(MaterialDesignC.CLOCK_OUTLINE),
    DOWNLOADING(MaterialDesignD.DOWNLOAD),
    SAVED(MaterialDesignC.CHECK_CIRCLE),
    SKIPPED(MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE),
    STOPPED(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    /** The Oura sign-in: connect, copy the redirect URI, sign out. */
    CONNECT(MaterialDesignL.LOGIN),
    COPY(MaterialDesignC.CONTENT_COPY),
    SIGN_OUT(MaterialDesignL.LOGOUT);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    /**
     * A new icon node with the style class {@code icon} and any others given (a node can have one parent,
     * so one per use).
     */
    public Node node(String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}

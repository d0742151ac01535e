package org.ouraviewer.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.ouraviewer.ui.common.AppModel;
import org.ouraviewer.ui.common.Exportable;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;

/**
 * The window's tabs, one for each {@link MainTab}: the tab shown follows the app's page and the other way round,
 * a tab's view is built when the tab is first shown, and the shown view takes the focus it names. FX thread only.
 */
final class MainTabs {
    private final AppModel app;
    private final ViewContext context;
    private final TabPane tabs = new TabPane();
    private final Map<Page, TabView> views = new EnumMap<>(Page.class);

    MainTabs(AppModel app, ViewContext context) {
        this.app = app;
        this.context = context;
        for (MainTab t : MainTab.values()) {
            Tab tab = new Tab(t.title());
            tab.setUserData(t);
            tabs.getTabs().add(tab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");
        tabs.getSelectionModel().select(MainTab.of(app.tabProperty().get()).ordinal());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (tabs.isVisible()) {
                createContent(n);
            }
            app.tabProperty().set(((MainTab) n.getUserData()).page());
        });
        app.tabProperty().addListener((obs, o, n) -> {
            tabs.getSelectionModel().select(MainTab.of(n).ordinal());
            focusShownView();
        });
    }

    TabPane node() {
        return tabs;
    }

    /** Shows the tabs (data is loaded), building the shown tab's view and focusing it; or hides them. */
    void setShown(boolean shown) {
        tabs.setVisible(shown);
        if (shown) {
            createContent(tabs.getSelectionModel().getSelectedItem());
            focusShownView();
        }
    }

    /** Whether the view of {@code page}, once built, can be exported (the menu's File ▸ Export…). */
    boolean isExportable(Page page) {
        return views.get(page) instanceof Exportable;
    }

    /** The view of the tab showing, if it can be exported (File ▸ Export…). */
    Optional<Exportable> shownExportable() {
        return views.get(app.tabProperty().get()) instanceof Exportable e && tabs.isVisible()
                ? Optional.of(e) : Optional.empty();
    }

    /**
     * The shown tab's view takes the focus it names ({@link TabView#focusTarget}), once the tab's content is in
     * the scene (hence later, not now), so that its keys work without a click first.
     */
    private void focusShownView() {
        Platform.runLater(() -> {
            TabView view = views.get(app.tabProperty().get());
            Node target = view == null || !tabs.isVisible() ? null : view.focusTarget();
            if (target != null) {
                target.requestFocus();
            }
        });
    }

    /**
     * A tab's view is built when it is first shown: start-up only builds the welcome pane, and a
     * session reopens with one view. Views read the app's current state when they are built.
     */
    private void createContent(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        MainTab which = (MainTab) tab.getUserData();
        TabView view = which.createView(context);
        views.put(which.page(), view);
        tab.setContent(view.node());
    }
}

package org.ouraviewer.ui.main;

import java.util.List;
import java.util.function.Function;
import javafx.scene.input.KeyCombination;
import org.ouraviewer.ui.calendar.CalendarView;
import org.ouraviewer.ui.common.KeyHelp;
import org.ouraviewer.ui.common.Page;
import org.ouraviewer.ui.common.TabView;
import org.ouraviewer.ui.common.ViewContext;
import org.ouraviewer.ui.night.NightView;
import org.ouraviewer.ui.nights.NightsView;
import org.ouraviewer.ui.tags.TagsView;
import org.ouraviewer.ui.trends.TrendsView;
import org.ouraviewer.ui.workouts.WorkoutsView;

/**
 * The tabs of the main window, in order: each one registration of its title, its shortcut, how its view
 * is made, and the keys the view answers to. The window's tabs, the View menu, the shortcuts and the
 * keyboard help are all made from this list, so a new tab is one line here (and its name in {@link Page}).
 * It lives in the window, above the feature packages: the views never name it, they ask for a {@link Page}.
 */
enum MainTab {
    CALENDAR(Page.CALENDAR, "Calendar", "Shortcut+1", CalendarView::new, CalendarView.KEYS),
    NIGHT(Page.NIGHT, "Night", "Shortcut+2", NightView::new, NightView.KEYS),
    TAGS(Page.TAGS, "Tags", "Shortcut+3", TagsView::new, TagsView.KEYS),
    WORKOUTS(Page.WORKOUTS, "Workouts", "Shortcut+4", WorkoutsView::new, WorkoutsView.KEYS),
    TRENDS(Page.TRENDS, "Trends", "Shortcut+5", TrendsView::new, TrendsView.KEYS),
    NIGHTS(Page.NIGHTS, "Nights", "Shortcut+6", NightsView::new, NightsView.KEYS);

    private final Page page;
    private final String title;
    private final KeyCombination shortcut;
    private final Function<ViewContext, TabView> factory;
    private final List<KeyHelp> keys;

    MainTab(Page page, String title, String shortcut, Function<ViewContext, TabView> factory, List<KeyHelp> keys) {
        this.page = page;
        this.title = title;
        this.shortcut = KeyCombination.keyCombination(shortcut);
        this.factory = factory;
        this.keys = List.copyOf(keys);
    }

    /** The tab registered for {@code page}. */
    static MainTab of(Page page) {
        for (MainTab tab : values()) {
            if (tab.page == page) {
                return tab;
            }
        }
        throw new IllegalArgumentException("no tab registered for " + page);
    }

    /** The name views and the app model know the tab by. */
    public Page page() {
        return page;
    }

    public String title() {
        return title;
    }

    /** The key that shows the tab (Ctrl+1 …; Cmd on a Mac). */
    public KeyCombination shortcut() {
        return shortcut;
    }

    /** Builds the tab's view (once, when the tab is first shown). */
    public TabView createView(ViewContext context) {
        return factory.apply(context);
    }

    /** The keys the tab's view answers to, for the keyboard help. */
    public List<KeyHelp> keys() {
        return keys;
    }
}

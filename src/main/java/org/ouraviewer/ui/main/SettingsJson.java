package org.ouraviewer.ui.main;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings file as Jackson reads and writes it. Kept apart from {@link Settings}, the state the
 * window works with, so the file format can stay stable while the window changes. Unknown fields (from
 * a newer version) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class SettingsJson {
    public int version = 1;
    /** Files and folders opened, most recent first. */
    public List<String> recent = new ArrayList<>();
    /** What was open when the app last closed, reopened at start. */
    public List<String> session = new ArrayList<>();
    public Double windowX;
    public Double windowY;
    public Double windowWidth;
    public Double windowHeight;
    public boolean windowMaximized;
    /** View ▸ Appearance: {@code SYSTEM}, {@code LIGHT} or {@code DARK}; absent in files written before it. */
    public String appearance;
    /** What came before {@link #appearance}: read from older files (then migrated), never written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Boolean dark;
}

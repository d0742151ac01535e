package org.ouraviewer.ui.common;

/** A kind of file an export offers: what the user reads ("PNG picture, 2×") and the file extension. */
public record ExportFormat(String label, String extension) {
}

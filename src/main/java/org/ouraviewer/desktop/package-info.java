/**
 * The app as one citizen of the desktop, without JavaFX: the per-user endpoint through which a second
 * launch hands its files to the window already open ({@link org.ouraviewer.desktop.InstanceEndpoint}).
 * The launcher and the window use it; headless commands never do.
 */
package org.ouraviewer.desktop;

package org.ouraviewer.model;

/**
 * Where records came from, richest first. Where sources overlap, the richer wins, per record and per day
 * ({@code DATA.md}): the API's own documents (API JSON, Open Humans, the Membership Hub export) over the
 * Oura on the Web export, over the Trends CSV (daily numbers only), over V1.
 */
public enum SourceRank {
    V2_DOCUMENT, WEB_EXPORT, TRENDS_CSV, V1;

    /** Whether this source's sleep periods carry a hypnogram; a Trends CSV night never hides one that does. */
    public boolean hasHypnograms() {
        return this != TRENDS_CSV;
    }
}

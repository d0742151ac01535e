package org.ouraviewer.chart.nights;

/**
 * The marks at the actogram rows' edges: tag days and workout days in two narrow columns left of the plot,
 * and a notch at the plot's left or right edge for a row with a period outside 18:00–14:00. Where a pixel row
 * holds several days, a mark is as opaque as the share of them that have one, in four steps.
 */
public final class ActogramMarks {
    private final RectList[] tags = new RectList[5];
    private final RectList[] workouts = new RectList[5];
    private final RectList overflow = new RectList();
    private final double tagX;
    private final double workoutX;
    private final double width;
    private final double notch;
    private final double plotLeft;
    private final double plotRight;

    ActogramMarks(double plotLeft, double plotRight, double fontSize) {
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new RectList();
            workouts[i] = new RectList();
        }
        this.plotLeft = plotLeft;
        this.plotRight = plotRight;
        width = Math.max(3, Math.round(fontSize * 0.4));
        workoutX = plotLeft - fontSize * 0.6 - width;
        tagX = workoutX - width - 2;
        notch = Math.max(2, fontSize * 0.22);
    }

    /** The marks of the days {@code from} (inclusive) to {@code to} of {@code rows}, on one row at y, height h. */
    void add(ActogramRows rows, int from, int to, double y, double h) {
        int tagged = 0;
        int worked = 0;
        int flags = 0;
        for (int r = from; r < to; r++) {
            tagged += rows.tagged(r) ? 1 : 0;
            worked += rows.workout(r) ? 1 : 0;
            flags |= rows.overflow(r);
        }
        int k = Math.max(1, to - from);
        if (tagged > 0) {
            tags[(int) Math.ceil(4.0 * tagged / k)].add(tagX, y, width, h);
        }
        if (worked > 0) {
            workouts[(int) Math.ceil(4.0 * worked / k)].add(workoutX, y, width, h);
        }
        if ((flags & ActogramRows.OVERFLOW_AFTER) != 0) {
            overflow.add(plotRight + 2, y, notch, h);
        }
        if ((flags & ActogramRows.OVERFLOW_BEFORE) != 0) {
            overflow.add(plotLeft - 2 - notch, y, notch, h);
        }
    }

    /** Tag marks at opacity level 1–4 (quarters); level 4 is opaque. */
    public RectList tags(int level) {
        return tags[level];
    }

    public RectList workouts(int level) {
        return workouts[level];
    }

    /** The notches of rows with a period outside 18:00–14:00. */
    public RectList overflow() {
        return overflow;
    }

    /** The left of the tag column: the day labels end before it. */
    double tagX() {
        return tagX;
    }
}

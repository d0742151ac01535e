package org.ouraviewer.model;

/**
 * Seconds a day of activity spent in each class (V2's {@code *_time} fields; V1 counts minutes). Any may
 * be null when the record does not say.
 */
public record ActivityTimes(Integer high, Integer medium, Integer low, Integer sedentary, Integer resting,
                            Integer nonWear) {
    /** None known. */
    public static final ActivityTimes NONE = new ActivityTimes(null, null, null, null, null, null);
}

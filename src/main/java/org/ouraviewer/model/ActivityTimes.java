package org.ouraviewer.model;

/**
 * The seconds a day spent in each activity class, as the daily_activity record gives them ({@code
 * high_activity_time}, {@code medium_activity_time}, {@code low_activity_time}, {@code sedentary_time},
 * {@code resting_time}, {@code non_wear_time}); {@code null} where absent.
 */
public record ActivityTimes(Integer high, Integer medium, Integer low, Integer sedentary, Integer resting,
                            Integer nonWear) {
    public static final ActivityTimes NONE = new ActivityTimes(null, null, null, null, null, null);
}

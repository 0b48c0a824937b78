package io.github.digestplugin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of an SVG bar chart, computed here so the template only places numbers: one bar per
 * key, heights scaled to the largest value, labels thinned out where bars are narrow.
 *
 * @param id a page-unique prefix for element ids
 * @param width the view box width
 * @param height the view box height
 * @param labelY the baseline of the rotated labels below the bars
 * @param maxValue the largest value, the height of the tallest bar
 */
public record BarChart(String id, int width, int height, int labelY, int maxValue, List<Bar> bars) {

    static final int TOP = 8;
    /** Room left of the first bar for its label, which runs down to the left. */
    static final int LEFT = 32;
    static final int PLOT_HEIGHT = 160;
    static final int LABEL_SPACE = 64;
    static final int MIN_LABEL_SPACING = 14;

    /** One bar, with its label where there is room for it. */
    public record Bar(String label, int value, int x, int y, int width, int height, boolean showLabel, int labelX) {}

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** A chart of {@code values} in their map order, each bar {@code slot} units wide with its gap. */
    public static BarChart of(String id, Map<String, Integer> values, int slot) {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int gap = Math.max(1, slot / 4);
        int labelEvery = Math.max(1, (MIN_LABEL_SPACING + slot - 1) / slot);
        int plotBottom = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>(values.size());
        int i = 0;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            int value = entry.getValue();
            int barHeight = max == 0 ? 0 : Math.max(value > 0 ? 1 : 0, Math.round((float) value * PLOT_HEIGHT / max));
            int x = LEFT + i * slot;
            bars.add(new Bar(entry.getKey(), value, x, plotBottom - barHeight, slot - gap, barHeight,
                    i % labelEvery == 0, x + (slot - gap) / 2 + 3));
            i++;
        }
        int width = LEFT + Math.max(slot, values.size() * slot);
        return new BarChart(id, width, plotBottom + LABEL_SPACE, plotBottom + 12, max, bars);
    }
}

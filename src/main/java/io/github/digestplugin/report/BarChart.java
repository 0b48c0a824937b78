package io.github.digestplugin.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of an SVG bar chart, computed here so the template only places numbers. The chart
 * spans the page's width: horizontal places are percentages of it, vertical ones pixels, and no
 * view box scales the drawing, so labels keep their CSS size (readable on a phone) at any width.
 * Two layouts: {@link #months columns} on a linear time axis, one per month with the empty ones,
 * labelled by year; and {@link #rows rows}, one labelled bar per key.
 *
 * @param id a page-unique prefix for element ids
 * @param rows whether the bars are rows (else columns)
 * @param height the drawing's height in pixels
 * @param axisY the baseline of the axis labels below columns
 * @param maxValue the largest value, the length of the longest bar
 * @param bars the bars in order
 * @param ticks the labels of the time axis, for columns
 */
public record BarChart(String id, boolean rows, int height, int axisY, int maxValue, List<Bar> bars,
        List<Tick> ticks) {

    static final int TOP = 8;
    static final int PLOT_HEIGHT = 150;
    static final int AXIS_SPACE = 24;
    static final int ROW_HEIGHT = 32;
    /** At most about this many year labels across a time axis, so that they fit a phone's width. */
    static final int MAX_TICKS = 8;

    /**
     * One bar. {@code x} and {@code width} (percentages of the chart's width) and {@code y} and
     * {@code height} (pixels) place the bar; {@code slotX}, {@code slotWidth}, {@code slotY} and
     * {@code slotHeight} its whole slot, the link's target area; {@code labelY} the baseline of a
     * row's label. {@code href} is empty where the bar links nowhere.
     */
    public record Bar(String label, int value, String href, String x, String width, int y, int height, String slotX,
            String slotWidth, int slotY, int slotHeight, int labelY) {}

    /** A label of the time axis at {@code x}, a percentage of the chart's width. */
    public record Tick(String label, String x) {}

    public BarChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /**
     * Columns of {@code values} by month ({@code 2025-03}), every month from the first to the last
     * key, those without a value at 0; each links to {@code hrefs} of its month where there is one.
     */
    public static BarChart months(String id, Map<String, Integer> values, Map<String, String> hrefs) {
        List<YearMonth> months = new ArrayList<>();
        for (String key : values.keySet()) {
            months.add(YearMonth.parse(key));
        }
        months.sort(null);
        List<YearMonth> axis = new ArrayList<>();
        if (!months.isEmpty()) {
            for (YearMonth m = months.get(0); !m.isAfter(months.get(months.size() - 1)); m = m.plusMonths(1)) {
                axis.add(m);
            }
        }
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int bottom = TOP + PLOT_HEIGHT;
        double slot = axis.isEmpty() ? 100 : 100.0 / axis.size();
        List<Bar> bars = new ArrayList<>(axis.size());
        List<Integer> yearStarts = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            String month = axis.get(i).toString();
            int value = values.getOrDefault(month, 0);
            int barHeight = max == 0 ? 0 : Math.max(value > 0 ? 1 : 0, Math.round((float) value * PLOT_HEIGHT / max));
            bars.add(new Bar(month, value, value > 0 ? hrefs.getOrDefault(month, "") : "",
                    percent(i * slot + slot * 0.1), percent(slot * 0.8), bottom - barHeight, barHeight,
                    percent(i * slot), percent(slot), TOP, PLOT_HEIGHT, 0));
            if (i == 0 || axis.get(i).getMonthValue() == 1) {
                yearStarts.add(i);
            }
        }
        return new BarChart(id, false, bottom + AXIS_SPACE, bottom + 16, max, bars,
                ticks(axis, yearStarts, slot));
    }

    /** The year labels: every year's first month, thinned to about {@value #MAX_TICKS}, none crowding the next. */
    private static List<Tick> ticks(List<YearMonth> axis, List<Integer> yearStarts, double slot) {
        int every = Math.max(1, (yearStarts.size() + MAX_TICKS - 1) / MAX_TICKS);
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < yearStarts.size(); i += every) {
            shown.add(yearStarts.get(i));
        }
        // A first month late in its year leaves no room for its label before the next year's.
        if (shown.size() > 1 && shown.get(1) - shown.get(0) < Math.max(3, axis.size() / (MAX_TICKS + 2))) {
            shown.remove(0);
        }
        List<Tick> ticks = new ArrayList<>(shown.size());
        for (int i : shown) {
            ticks.add(new Tick(Integer.toString(axis.get(i).getYear()), percent(i * slot)));
        }
        return ticks;
    }

    /** Rows of {@code values} in their map order, each labelled and linked to {@code hrefs} of its key. */
    public static BarChart rows(String id, Map<String, Integer> values, Map<String, String> hrefs) {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>(values.size());
        int y = 0;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            int value = entry.getValue();
            double width = max == 0 ? 0 : Math.max(value > 0 ? 0.5 : 0, 100.0 * value / max);
            bars.add(new Bar(entry.getKey(), value, hrefs.getOrDefault(entry.getKey(), ""), percent(0),
                    percent(width), y + 17, 10, percent(0), percent(100), y, ROW_HEIGHT, y + 13));
            y += ROW_HEIGHT;
        }
        return new BarChart(id, true, Math.max(ROW_HEIGHT, y), 0, max, bars, List.of());
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", value);
    }
}

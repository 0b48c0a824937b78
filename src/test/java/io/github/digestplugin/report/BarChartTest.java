package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void aTimeAxisHoldsEveryMonthFromTheFirstToTheLastAndLinksOnlyBarsWithAPage() {
        BarChart chart = BarChart.months("m", Map.of("2024-11", 4, "2025-02", 8), Map.of("2024-11", "a.html",
                "2025-02", "b.html"));

        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("2024-11", "2024-12", "2025-01",
                "2025-02");
        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly(4, 0, 0, 8);
        assertThat(chart.bars()).extracting(BarChart.Bar::href).containsExactly("a.html", "", "", "b.html");
        assertThat(chart.bars()).extracting(BarChart.Bar::slotX).containsExactly("0.000%", "25.000%", "50.000%",
                "75.000%");
        assertThat(chart.bars().get(0).height()).isEqualTo(BarChart.PLOT_HEIGHT / 2);
        assertThat(chart.bars().get(3).height()).isEqualTo(BarChart.PLOT_HEIGHT);
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("2025");
        assertThat(chart.maxValue()).isEqualTo(8);
    }

    @Test
    void yearLabelsOfALongAxisAreThinnedToFitAPhone() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.of(1998, 3); !m.isAfter(YearMonth.of(2026, 8)); m = m.plusMonths(1)) {
            values.put(m.toString(), 1);
        }
        BarChart chart = BarChart.months("m", values, Map.of());

        assertThat(chart.bars()).hasSize(values.size());
        assertThat(chart.ticks()).hasSizeLessThanOrEqualTo(BarChart.MAX_TICKS);
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).startsWith("1998", "2002");
    }

    @Test
    void rowsAreScaledToTheLongestAndAnEmptyChartHasNoBars() {
        BarChart rows = BarChart.rows("c", new LinkedHashMap<>(Map.of("cs.CL", 10)), Map.of("cs.CL", "c.html"));
        assertThat(rows.bars()).extracting(BarChart.Bar::width).containsExactly("100.000%");
        assertThat(rows.height()).isEqualTo(BarChart.ROW_HEIGHT);
        assertThat(BarChart.months("m", Map.of(), Map.of()).bars()).isEmpty();
        assertThat(BarChart.months("m", Map.of(), Map.of()).ticks()).isEqualTo(List.of());
    }
}

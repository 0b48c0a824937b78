package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.ArxivId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void newStyleIdsAreNumberedByMonthAndNumber() {
        assertThat(DocumentNumbers.regular("2403.19243")).isEqualTo((24 * 12 + 2) * 100_000 + 19243);
        assertThat(DocumentNumbers.regular("0704.0001")).isEqualTo((7 * 12 + 3) * 100_000 + 1);
        assertThat(DocumentNumbers.regular("2412.99999")).isLessThan(DocumentNumbers.regular("2501.00000"));
        assertThat(DocumentNumbers.regular("9912.99999")).isLessThan(DocumentNumbers.OLD_STYLE);
    }

    @Test
    void aVersionNamesTheSamePaperAndSoTheSameNumber() {
        ArxivId versioned = ArxivId.parse("2403.19243v3").orElseThrow();
        assertThat(DocumentNumbers.regular(versioned.id())).isEqualTo(DocumentNumbers.regular("2403.19243"));
        ArxivId old = ArxivId.parse("hep-th/9901001v2").orElseThrow();
        assertThat(DocumentNumbers.regular(old.id())).isEqualTo(DocumentNumbers.regular("hep-th/9901001"));
    }

    @Test
    void oldStyleIdsOfArxivsArchivesHaveARangeEach() {
        int hepTh = DocumentNumbers.regular("hep-th/9901001");
        assertThat(hepTh).isGreaterThanOrEqualTo(DocumentNumbers.OLD_STYLE).isLessThan(DocumentNumbers.OTHER);
        assertThat(DocumentNumbers.regular("hep-th/9901002")).isEqualTo(hepTh + 1);
        assertThat(DocumentNumbers.regular("cs/0112017")).isNotEqualTo(DocumentNumbers.regular("math/0112017"));
        assertThat(DocumentNumbers.regular("nonsense/0112017")).as("an unknown archive").isEqualTo(-1);
        assertThat(DocumentNumbers.regular("math.GT/0309136")).as("a subject class").isEqualTo(-1);
        assertThat(DocumentNumbers.regular("2413.00001")).as("a month 13").isEqualTo(-1);
    }

    @Test
    void numbersAscendInTheOrderOfTheIdsText() {
        List<String> ids = new ArrayList<>(List.of("0704.0001", "1412.9999", "1501.00001", "2403.19243", "acc-phys/9501001",
                "cs/0112017", "hep-ex/0001001", "hep-th/9901001", "math-ph/0001001", "math/0001001", "q-alg/9701001",
                "q-bio/0401001", "quant-ph/9901001", "stat/0701001"));
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertThat(sorted).isEqualTo(ids);
        for (int i = 1; i < ids.size(); i++) {
            assertThat(DocumentNumbers.regular(ids.get(i))).as(ids.get(i))
                    .isGreaterThan(DocumentNumbers.regular(ids.get(i - 1)));
        }
    }

    @Test
    void otherIdsAreHashedApartAndACollisionTakesTheNextFreeNumber() {
        Map<String, Integer> numbers = DocumentNumbers.others(List.of("math.GT/0309136", "math.AG/0309136", "x/0000001"));
        assertThat(numbers.values()).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(DocumentNumbers.OTHER));
        assertThat(DocumentNumbers.others(List.of("math.GT/0309136")).get("math.GT/0309136"))
                .as("a number of its own id alone while nothing collides").isEqualTo(numbers.get("math.GT/0309136"));
        // Enough ids that some share a hash slot: each still gets a number of its own.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add("a" + i + "/0000001");
        }
        assertThat(DocumentNumbers.others(many).values()).doesNotHaveDuplicates();
    }
}

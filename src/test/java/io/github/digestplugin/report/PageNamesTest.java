package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page names made from untrusted names stay short, unique and the same from run to run. */
class PageNamesTest {

    @Test
    void aLongDigestNameIsCutAndEndsInAHashOfTheWholeName() {
        String stem = "2024-03-29_" + "a".repeat(238);
        Path first = Path.of(stem + "-1.md");
        Path second = Path.of(stem + "-2.md");

        Map<Path, String> pages = PageNames.digests(List.of(first, second, Path.of("short.md")));

        String page = pages.get(first);
        String name = page.substring("digests/".length(), page.length() - ".html".length());
        assertThat(name).hasSize(PageNames.MAX_LENGTH).startsWith("2024-03-29_aaaa").matches(".*-[0-9a-f]{12}");
        assertThat(pages.get(second)).isNotEqualTo(page).hasSameSizeAs(page);
        assertThat(pages.get(Path.of("short.md"))).isEqualTo("digests/short.html");
        assertThat(PageNames.digests(List.of(first))).containsEntry(first, page);
    }

    @Test
    void aLongCategoryIsCutTheSameWay() {
        String category = "cs." + "X".repeat(300);

        String page = PageNames.pages(List.of(category, "cs.CL"), "channels").get(category);

        assertThat(page).startsWith("channels/cs.XXX").endsWith(".html")
                .hasSize("channels/".length() + PageNames.MAX_LENGTH + ".html".length());
        assertThat(PageNames.pages(List.of("cs.CL"), "channels")).containsEntry("cs.CL", "channels/cs.CL.html");
    }

    @Test
    void aNameAtTheLimitIsKept() {
        String name = "b".repeat(PageNames.MAX_LENGTH);

        assertThat(PageNames.digests(List.of(Path.of(name + ".md"))).values()).containsExactly("digests/" + name + ".html");
    }
}

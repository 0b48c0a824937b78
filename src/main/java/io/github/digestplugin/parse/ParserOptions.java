package io.github.digestplugin.parse;

import java.util.Objects;
import java.util.Optional;

/**
 * How digests are read.
 *
 * @param summaryHeading the text of the level-1 heading above the table ({@code 摘要} by default)
 * @param detailsHeading the text of the level-1 heading above the definitions ({@code 详细})
 * @param channel the channel every digest belongs to; when empty it comes from each file's name
 *     ({@code cs.CL.md}) or, for dated files, its folder ({@code cs.CL/2024-02-05.md})
 */
public record ParserOptions(String summaryHeading, String detailsHeading, Optional<String> channel) {

    public static final String DEFAULT_SUMMARY_HEADING = "摘要";
    public static final String DEFAULT_DETAILS_HEADING = "详细";

    public static ParserOptions defaults() {
        return new ParserOptions(DEFAULT_SUMMARY_HEADING, DEFAULT_DETAILS_HEADING, Optional.empty());
    }

    public ParserOptions {
        Objects.requireNonNull(summaryHeading, "summaryHeading");
        Objects.requireNonNull(detailsHeading, "detailsHeading");
        channel = channel.filter(c -> !c.isBlank());
    }
}

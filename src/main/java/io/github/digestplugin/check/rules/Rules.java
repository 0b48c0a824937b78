package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleConfiguration;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue, in the order the documentation lists it: whole-file and path problems, then the
 * structure (headings, table, rows, numbers, definitions), then the fields, then comparisons
 * across entries and digests, then the reading file.
 */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new EncodingRule(),
            new UnreadableFileRule(),
            new SymlinkOutsideRule(),
            new SymlinkLoopRule(),
            new HeadingOrderRule(),
            new TableHeaderRule(),
            new RowSyntaxRule(),
            new CellPipeRule(),
            new DuplicateNumberRule(),
            new MissingDefinitionRule(),
            new MissingRowRule(),
            new NumberSequenceRule(),
            new DefinitionLayoutRule(),
            new TitleMismatchRule(),
            new UrlMismatchRule(),
            new SummaryMismatchRule(),
            new ArxivIdMismatchRule(),
            new UrlInvalidRule(),
            new UrlCanonicalRule(),
            new EmptyFieldRule(),
            new EmptyAbstractZhRule(),
            new TruncatedEntryRule(),
            new RawHtmlRule(),
            new MarkdownTooComplexRule(),
            new DuplicatePaperRule(),
            new TitleConflictRule(),
            new SuppressionCommentRule(),
            new ReadingSyntaxRule(),
            new ReadingKeyRule(),
            new ReadingStatusRule(),
            new ReadingRatingRule(),
            new ReadingTypeRule(),
            new ReadingUnknownPaperRule());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    /** Every rule at its default severity. */
    public static RuleConfiguration defaults() {
        return RuleConfiguration.of(ALL, Map.of());
    }
}

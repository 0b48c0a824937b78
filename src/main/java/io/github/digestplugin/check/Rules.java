package io.github.digestplugin.check;

import io.github.digestplugin.check.rules.ArxivIdMismatchRule;
import io.github.digestplugin.check.rules.CellPipeRule;
import io.github.digestplugin.check.rules.DefinitionLayoutRule;
import io.github.digestplugin.check.rules.DuplicateNumberRule;
import io.github.digestplugin.check.rules.DuplicatePaperRule;
import io.github.digestplugin.check.rules.EmptyAbstractZhRule;
import io.github.digestplugin.check.rules.EmptyFieldRule;
import io.github.digestplugin.check.rules.EncodingRule;
import io.github.digestplugin.check.rules.HeadingOrderRule;
import io.github.digestplugin.check.rules.MarkdownTooComplexRule;
import io.github.digestplugin.check.rules.MissingDefinitionRule;
import io.github.digestplugin.check.rules.MissingRowRule;
import io.github.digestplugin.check.rules.NumberSequenceRule;
import io.github.digestplugin.check.rules.RawHtmlRule;
import io.github.digestplugin.check.rules.RowSyntaxRule;
import io.github.digestplugin.check.rules.SummaryMismatchRule;
import io.github.digestplugin.check.rules.SuppressionCommentRule;
import io.github.digestplugin.check.rules.SymlinkLoopRule;
import io.github.digestplugin.check.rules.SymlinkOutsideRule;
import io.github.digestplugin.check.rules.TableHeaderRule;
import io.github.digestplugin.check.rules.TitleConflictRule;
import io.github.digestplugin.check.rules.TitleMismatchRule;
import io.github.digestplugin.check.rules.TruncatedEntryRule;
import io.github.digestplugin.check.rules.UnreadableFileRule;
import io.github.digestplugin.check.rules.UrlCanonicalRule;
import io.github.digestplugin.check.rules.UrlInvalidRule;
import io.github.digestplugin.check.rules.UrlMismatchRule;
import java.util.List;

/**
 * The rule catalogue, in the order the documentation lists it: whole-file and path problems, then the
 * structure (headings, table, rows, numbers, definitions), then the fields, then comparisons
 * across entries and digests.
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
            new SuppressionCommentRule());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }
}

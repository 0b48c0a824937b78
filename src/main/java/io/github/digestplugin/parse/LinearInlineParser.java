package io.github.digestplugin.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regular-expression helpers made linear. flexmark's own
 * copy the whole paragraph into a string on every match ({@code Matcher.toMatchResult} on Java 17)
 * and try an anchored expression at every later position when it fails, so the time for a field
 * made of links or entities grew with the square of its length. These take the match from the
 * matcher itself and try an anchored expression only where it is anchored; the matches are the same.
 */
public final class LinearInlineParser extends InlineParserImpl {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /**
     * A parser builder with this inline parser. flexmark leaves out its reference definitions
     * ({@code [label]: url}) for any inline parser but its own, so they are put back.
     */
    public static Parser.Builder builder(DataHolder options) {
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matchHere(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matchHere(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The match from the current index on, which then moves past it; null (index kept) if none. */
    private Matcher matchHere(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        boolean found = re.pattern().startsWith("^") ? matcher.lookingAt() : matcher.find();
        if (!found) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}

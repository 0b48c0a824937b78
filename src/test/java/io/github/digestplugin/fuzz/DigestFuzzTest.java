package io.github.digestplugin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.digestplugin.check.rules.Rules;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.fix.DigestFixer;
import io.github.digestplugin.fix.FixedDigest;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.LinearInlineParser;
import io.github.digestplugin.parse.MarkdownLimits;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.render.MarkdownFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of the repository's fixture digests through the parser, every rule, the fix (twice: the
 * second changes nothing) and the pages: nothing may throw, and no markup from a digest may become
 * active on a page. Seeded, so a failure names the case that reproduces it; {@code -Ddigest.fuzz.seed=N} and {@code -Ddigest.fuzz.cases=N}
 * run other or more cases.
 */
class DigestFuzzTest {

    private static final long SEED = Long.getLong("digest.fuzz.seed", 20_261_201L);
    private static final int CASES = Integer.getInteger("digest.fuzz.cases", 2500);
    /** Mutants rendered as one report: a report's pages cost more than checking its mutants. */
    private static final int REPORT_BATCH = 50;
    /** Every how many cases a mutant also goes into a report (all of them render their fields). */
    private static final int REPORT_EVERY = 10;

    /** flexmark as the checker and the report use it, with the table extension for cells. */
    private static final Parser FLEXMARK = LinearInlineParser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    @TempDir
    Path temp;

    private int pagesParsed;

    @Test
    void mutantsNeverThrowAndNeverPutActiveMarkupOnAPage() throws IOException {
        List<Path> fixtures = fixtures();
        DigestParser parser = new DigestParser(ParserOptions.defaults());
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());
        DigestFixer fixer = new DigestFixer(ParserOptions.defaults(), Rules.defaults());
        long start = System.nanoTime();
        long findings = 0;
        int reports = 0;
        List<String> active = new ArrayList<>();
        Path batch = Files.createDirectories(temp.resolve("batch-0"));
        int inBatch = 0;
        for (int i = 0; i < CASES; i++) {
            Path fixture = fixtures.get(i % fixtures.size());
            DigestMutations mutations = new DigestMutations(SEED * 1_000_003L + i);
            byte[] mutant = mutations.mutate(Files.readAllBytes(fixture));
            String what = "case " + i + " (seed " + SEED + ", " + fixture.getFileName() + ": "
                    + mutations.description() + ")";
            Path caseDirectory = Files.createDirectories(temp.resolve("case"));
            Path file = Files.write(caseDirectory.resolve(fixture.getFileName()), mutant);
            try {
                Digest digest = parser.parse(file, file.getFileName());
                CheckResult result = checker.check(caseDirectory, List.of(file.getFileName()));
                findings += result.findings().size();
                FixedDigest fixed = fixer.fix(mutant, file, file.getFileName(), false);
                assertThat(fixer.fix(fixed.fixed(), file, file.getFileName(), false).changed())
                        .as(what + ": a second fix changed the fixed digest").isFalse();
                for (String text : texts(digest)) {
                    assertFlexmarkReadsWhatItIsGiven(text, what);
                    String html = MarkdownFields.render(text).toString();
                    pagesParsed++;
                    activeIn(Jsoup.parseBodyFragment(html), Optional.empty()).forEach(a -> active.add(what + ": " + a));
                }
            } catch (RuntimeException | Error e) {
                throw new AssertionError(what + " threw " + e, e);
            }
            if (i % REPORT_EVERY == 0) {
                Path caseFolder = Files.createDirectories(batch.resolve(String.format(Locale.ROOT, "case-%05d", i)));
                Files.write(caseFolder.resolve(fixture.getFileName()), mutant);
                if (++inBatch == REPORT_BATCH || i + REPORT_EVERY >= CASES) {
                    reportAndScan(batch, "cases up to " + i + " (seed " + SEED + ")", active);
                    reports++;
                    deleteTree(batch);
                    batch = Files.createDirectories(temp.resolve("batch-" + reports));
                    inBatch = 0;
                }
            }
            Files.delete(file);
        }
        System.out.printf(Locale.ROOT, "Fuzz, seed %d: %d cases, %d reports, %d pages and fragments parsed,"
                + " %d findings, %.1f s%n", SEED, CASES, reports, pagesParsed, findings,
                (System.nanoTime() - start) / 1e9);
        assertThat(active).isEmpty();
    }

    /**
     * The goals catch whatever flexmark throws, so a text that {@link MarkdownLimits} lets through
     * but that overflows the stack would go unseen: flexmark must read every such text itself.
     */
    private static void assertFlexmarkReadsWhatItIsGiven(String text, String what) {
        if (MarkdownLimits.problem(text).isPresent()) {
            return;
        }
        try {
            FLEXMARK.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": flexmark fails on a text MarkdownLimits lets through: " + e, e);
        }
    }

    private void reportAndScan(Path digests, String what, List<String> active) throws IOException {
        Path out = temp.resolve("report");
        try {
            new ReportGenerator().generate(new ReportRequest(digests, List.of("**/*.md", "**/*.txt"), List.of(),
                    ParserOptions.defaults(), Rules.defaults(), out, out.resolveSibling("state"),
                    Optional.empty(), Locale.ENGLISH, "Reading list"));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("the report of " + what + " threw " + e, e);
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pagesParsed++;
                activeIn(Jsoup.parse(page.toFile(), "UTF-8"), Optional.of(page))
                        .forEach(a -> active.add(what + ", " + out.relativize(page) + ": " + a));
            }
        }
        deleteTree(out);
    }

    /**
     * Elements and attributes that would run or load something: scripts other than the report's
     * own, frames, objects, images, SVG other than the report's charts, MathML other than its
     * formulas, event handlers, and urls with a script scheme (after the decoding and stripping a
     * browser does) or to another host's image.
     */
    /** The elements and attributes a typeset formula is made of (TexMath): no link, no foreign content. */
    private static final java.util.Set<String> FORMULA_ELEMENTS = java.util.Set.of("math", "mrow", "mi", "mn", "mo",
            "mtext", "mspace", "msub", "msup", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder");
    private static final java.util.Set<String> FORMULA_ATTRIBUTES = java.util.Set.of("alttext", "mathvariant",
            "accent", "width");

    private static boolean isOwnFormula(Element math) {
        for (Element element : math.getAllElements()) {
            if (!FORMULA_ELEMENTS.contains(element.normalName())) {
                return false;
            }
            for (Attribute attribute : element.attributes()) {
                if (!FORMULA_ATTRIBUTES.contains(attribute.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> activeIn(Document page, Optional<Path> file) {
        List<String> active = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            boolean ownScript = tag.equals("script") && file.isPresent() && isOwnScript(element);
            boolean ownChart = tag.equals("svg") && file.isPresent() && element.attr("role").equals("img")
                    && element.attr("aria-labelledby").endsWith("-caption");
            boolean ownFormula = tag.equals("math") && isOwnFormula(element);
            if (!ownScript && !ownChart && !ownFormula && List.of("script", "iframe", "frame", "object", "embed", "img", "svg",
                    "math", "base", "meta").contains(tag) && !(tag.equals("meta") && file.isPresent())) {
                active.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20\\x7f]", "");
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:")
                        || attribute.getKey().equals("src") && value.contains("evil.example")) {
                    active.add(tag + " " + attribute);
                }
            }
        }
        return active;
    }

    private static boolean isOwnScript(Element script) {
        String src = script.attr("src");
        return !src.isEmpty() && !src.contains(":") && src.contains("assets/") && script.data().isBlank();
    }

    /** Every cell and field the parser found: what the pages render. */
    private static List<String> texts(Digest digest) {
        List<String> texts = new ArrayList<>();
        for (TableRow row : digest.rows()) {
            row.cells().forEach(cell -> texts.add(cell.text()));
        }
        for (Definition definition : digest.definitions()) {
            texts.add(definition.translatedTitle().text());
            definition.fields().stream().map(Field::text).forEach(texts::add);
        }
        digest.strayLines().forEach(line -> texts.add(line.text()));
        return texts;
    }

    private static List<Path> fixtures() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/example/src/digests"), Path.of("src/test/resources/fuzz"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).sorted().forEach(fixtures::add);
            }
        }
        if (fixtures.isEmpty()) {
            fail("no fixture digests");
        }
        return fixtures;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

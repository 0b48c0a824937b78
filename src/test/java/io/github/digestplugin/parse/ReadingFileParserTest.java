package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.ReadingEntry;
import io.github.digestplugin.model.ReadingStatus;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.ReadingProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReadingFileParserTest {

    private static ReadingFile parse(String text) {
        return ReadingFileParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Kind> kinds(ReadingFile file) {
        return file.problems().stream().map(ReadingProblem::kind).toList();
    }

    @Test
    void readsTheIssuesExampleWithEveryValueAndWhereItStands() {
        ReadingFile file = parse("""
                "2403.19243":
                  status: read        # to-read | reading | read | skipped
                  rating: 4
                  tags: [low-rank, peft]
                  notes: |
                    Markdown notes: **bold**, `code`.
                """);
        assertThat(file.problems()).isEmpty();
        ReadingEntry entry = file.entries().get(0);
        assertThat(entry.id()).isEqualTo("2403.19243");
        assertThat(entry.status()).contains(ReadingStatus.READ);
        assertThat(entry.rating()).isEqualTo(OptionalInt.of(4));
        assertThat(entry.tags()).containsExactly("low-rank", "peft");
        assertThat(entry.notes()).isEqualTo("Markdown notes: **bold**, `code`.");
        assertThat(entry.positions().key()).isEqualTo(new SourcePosition(1, 1));
        assertThat(entry.positions().status()).isEqualTo(new SourcePosition(2, 11));
        assertThat(entry.positions().rating()).isEqualTo(new SourcePosition(3, 11));
        assertThat(entry.positions().tags()).isEqualTo(new SourcePosition(4, 9));
        assertThat(entry.positions().notes()).isEqualTo(new SourcePosition(5, 10));
        assertThat(file.contentHash()).hasSize(64);
    }

    @Test
    void anUnquotedKeyIsTheTextAsWrittenNotTheNumberYamlWouldMakeOfIt() {
        ReadingFile file = parse("""
                2403.10100:
                  status: reading
                '2403.10200v3':
                  status: to-read
                hep-th/9901001: {status: skipped}
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).extracting(ReadingEntry::id)
                .containsExactly("2403.10100", "2403.10200", "hep-th/9901001");
    }

    @Test
    void quotedAndUnquotedKeysNameTheSamePaper() {
        ReadingFile file = parse("""
                2403.10100:
                  status: read
                "2403.10100v2":
                  status: reading
                """);
        assertThat(file.entries()).hasSize(1);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.KEY_DUPLICATE);
            assertThat(p.position()).isEqualTo(new SourcePosition(3, 1));
            assertThat(p.details()).containsExactly("2403.10100", "1");
        });
    }

    @Test
    void badValuesAreProblemsAtTheirValueWhileTheRestOfTheEntryIsKept() {
        ReadingFile file = parse("""
                "2403.00001":
                  status: done
                  rating: 7
                  tags: peft
                  colour: red
                "2403.00002":
                  rating: "4"
                  notes: [a, b]
                  tags: [ok, [nested]]
                not-an-id:
                  status: read
                "2403.00003": read
                """);
        assertThat(file.problems()).extracting(ReadingProblem::kind, ReadingProblem::position).containsExactly(
                org.assertj.core.api.Assertions.tuple(Kind.UNKNOWN_STATUS, new SourcePosition(2, 11)),
                org.assertj.core.api.Assertions.tuple(Kind.RATING_RANGE, new SourcePosition(3, 11)),
                org.assertj.core.api.Assertions.tuple(Kind.WRONG_TYPE, new SourcePosition(4, 9)),
                org.assertj.core.api.Assertions.tuple(Kind.UNKNOWN_FIELD, new SourcePosition(5, 3)),
                org.assertj.core.api.Assertions.tuple(Kind.WRONG_TYPE, new SourcePosition(7, 11)),
                org.assertj.core.api.Assertions.tuple(Kind.WRONG_TYPE, new SourcePosition(8, 10)),
                org.assertj.core.api.Assertions.tuple(Kind.WRONG_TYPE, new SourcePosition(9, 14)),
                org.assertj.core.api.Assertions.tuple(Kind.KEY_NOT_ID, new SourcePosition(10, 1)),
                org.assertj.core.api.Assertions.tuple(Kind.ENTRY_NOT_A_MAPPING, new SourcePosition(12, 15)));
        assertThat(file.problems().get(0).details()).containsExactly("done");
        assertThat(file.problems().get(7).details()).containsExactly("not-an-id");
        assertThat(file.entries()).extracting(ReadingEntry::id).containsExactly("2403.00001", "2403.00002");
        assertThat(file.entries().get(1).tags()).containsExactly("ok");
    }

    @Test
    void ratingsOutsideOneToFiveOrNotWholeAreOutOfRange() {
        for (String rating : List.of("0", "6", "-1", "4.5", "five", "05")) {
            assertThat(kinds(parse("\"2403.00001\":\n  rating: " + rating + "\n")))
                    .as(rating).containsExactly(Kind.RATING_RANGE);
        }
        assertThat(parse("\"2403.00001\":\n  rating: 5\n").entries().get(0).rating()).hasValue(5);
    }

    @Test
    void emptyValuesAndAnEmptyFileGiveNoProblem() {
        assertThat(parse("").entries()).isEmpty();
        assertThat(parse("# nothing read yet\n").problems()).isEmpty();
        ReadingFile file = parse("\"2403.00001\":\n\"2403.00002\":\n  status:\n  notes: ~\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).hasSize(2).allSatisfy(e -> assertThat(e.status()).isEmpty());
    }

    @Test
    void aSyntaxErrorIsOneProblemWithLineAndColumnAndNoEntries() {
        ReadingFile file = parse("""
                "2403.00001":
                  status: read
                  tags: [a, b
                "2403.00002":
                  status: read
                """);
        assertThat(file.entries()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
            assertThat(p.position().line()).isGreaterThanOrEqualTo(3);
            assertThat(p.details().get(0)).isNotBlank();
        });
        ReadingFile tab = parse("\"2403.00001\":\n\tstatus: read\n");
        assertThat(kinds(tab)).containsExactly(Kind.SYNTAX);
        assertThat(tab.problems().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void theDocumentMustBeAMappingOfPapers() {
        assertThat(kinds(parse("- 2403.00001\n- 2403.00002\n"))).containsExactly(Kind.NOT_A_MAPPING);
        assertThat(kinds(parse("just text\n"))).containsExactly(Kind.NOT_A_MAPPING);
        assertThat(kinds(parse("\"2403.00001\": {status: read}\n---\nmore: 1\n"))).containsExactly(Kind.MORE_DOCUMENTS);
    }

    @Test
    void billionLaughsIsRefusedAtItsFirstAliasWithoutExpandingAnything() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(p);
            }
            yaml.append("]\n");
        }
        ReadingFile file = parse(yaml.toString());
        assertThat(kinds(file)).contains(Kind.ALIAS).doesNotContain(Kind.SYNTAX);
        assertThat(file.entries()).isEmpty();
        assertThat(kinds(parse("x: &x {status: read}\n\"2403.00001\": *x\n"))).containsExactly(Kind.ALIAS);
    }

    @Test
    void deepNestingStopsAtTheLimitInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ReadingFile file = parse("\"2403.00001\":\n  tags: " + deep + "\n");
        assertThat(kinds(file)).containsExactly(Kind.TOO_DEEP);
        assertThat(file.problems().get(0).details()).containsExactly(Integer.toString(ReadingFileParser.MAX_DEPTH));
    }

    @Test
    void tooLargeAndNotUtf8AreProblemsOfTheirOwn() {
        byte[] large = new byte[ReadingFileParser.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        assertThat(kinds(ReadingFileParser.parse(large))).containsExactly(Kind.TOO_LARGE);
        assertThat(kinds(ReadingFileParser.parse(new byte[] {'a', ':', ' ', (byte) 0xff, '\n'})))
                .containsExactly(Kind.UNREADABLE);
    }

    @Test
    void theContentKeyIgnoresPositionsButNotValues() {
        ReadingEntry a = parse("\"2403.00001\": {status: read, tags: [x]}\n").entries().get(0);
        ReadingEntry moved = parse("\n\n\"2403.00001\":\n  status: read\n  tags:\n    - x\n").entries().get(0);
        ReadingEntry other = parse("\"2403.00001\": {status: reading, tags: [x]}\n").entries().get(0);
        assertThat(moved.contentKey()).isEqualTo(a.contentKey());
        assertThat(other.contentKey()).isNotEqualTo(a.contentKey());
    }
}

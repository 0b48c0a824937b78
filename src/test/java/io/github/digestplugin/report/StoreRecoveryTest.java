package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.OutputTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working store is a cache: one that is damaged, or was made for other settings, is built again. */
class StoreRecoveryTest {

    @TempDir
    Path temp;

    @Test
    void aDamagedStoreIsBuiltAgainAndTheReportIsAFreshOnesBytes() throws Exception {
        Path fresh = temp.resolve("fresh");
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), fresh));
        ReportRequest request = ReportRequests.of(Fixtures.samples(), out);
        new ReportGenerator().generate(request);
        Path store = ReportGenerator.stateFolder(request).resolve(ReportGenerator.STORE);
        Files.writeString(store, "not a database, but a disk that filled up", StandardCharsets.UTF_8);
        Files.delete(ReportGenerator.stateFolder(request).resolve(Fingerprint.FILE));

        ReportResult rerun = new ReportGenerator().generate(request);

        assertThat(rerun.upToDate()).isFalse();
        assertThat(rerun.digests()).isEqualTo(10);
        assertThat(OutputTree.differences(out, fresh)).isEmpty();
    }

    @Test
    void otherRuleSettingsRebuildTheStoreWithTheirFindings() throws Exception {
        Path out = temp.resolve("report");
        ReportRequest defaults = ReportRequests.of(Fixtures.samples(), out);
        ReportResult first = new ReportGenerator().generate(defaults);
        assertThat(first.errors()).isPositive();
        ReportRequest quiet = new ReportRequest(defaults.directory(), defaults.includes(), defaults.excludes(),
                defaults.parserOptions(), RuleConfiguration.of(Rules.all(), everyRuleOff()), out,
                defaults.stateDirectory(), defaults.templateDirectory(), defaults.locale(), defaults.title());

        ReportResult second = new ReportGenerator().generate(quiet);

        assertThat(second.errors()).isZero();
        assertThat(Files.readString(out.resolve("problems.html"), StandardCharsets.UTF_8)).doesNotContain("badge error");
        Path fresh = temp.resolve("fresh");
        new ReportGenerator().generate(new ReportRequest(quiet.directory(), quiet.includes(), quiet.excludes(),
                quiet.parserOptions(), quiet.rules(), fresh, ReportRequests.state(fresh), quiet.templateDirectory(),
                quiet.locale(), quiet.title()));
        assertThat(OutputTree.differences(out, fresh)).isEmpty();
    }

    private static Map<String, String> everyRuleOff() {
        Map<String, String> off = new java.util.HashMap<>();
        Rules.all().forEach(rule -> off.put(rule.id(), RuleConfiguration.OFF));
        return off;
    }
}

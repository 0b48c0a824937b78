package io.github.digestplugin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests find Chromium and chromedriver: fake executables on a PATH of temp folders. */
class HeadlessChromiumTest {

    @TempDir
    Path temp;

    @Test
    void browserIsTheFirstNameFoundOnThePath() throws IOException {
        Path first = folder("first");
        Path second = folder("second");
        executable(first, "google-chrome");
        Path chromium = executable(second, "chromium");

        assertThat(HeadlessChromium.browser(Map.of("PATH", path(first, second)))).isEqualTo(chromium);
    }

    @Test
    void browserFallsBackToChromiumBrowserAndGoogleChrome() throws IOException {
        Path bin = folder("bin");
        Path chrome = executable(bin, "google-chrome");
        assertThat(HeadlessChromium.browser(Map.of("PATH", path(bin)))).isEqualTo(chrome);

        Path chromiumBrowser = executable(bin, "chromium-browser");
        assertThat(HeadlessChromium.browser(Map.of("PATH", path(bin)))).isEqualTo(chromiumBrowser);
    }

    @Test
    void filesThatCannotRunAndFoldersAreNotTaken() throws IOException {
        Path first = folder("first");
        Path second = folder("second");
        Files.writeString(first.resolve("chromium"), "#!/bin/sh\n");
        Files.createDirectory(first.resolve("chromedriver"));
        Path chromium = executable(second, "chromium");
        Path chromedriver = executable(second, "chromedriver");

        String path = path(first, second);
        assertThat(HeadlessChromium.browser(Map.of("PATH", path))).isEqualTo(chromium);
        assertThat(HeadlessChromium.driver(null, path)).isEqualTo(chromedriver);
    }

    @Test
    void chromeBinWinsOverThePath() throws IOException {
        Path bin = folder("bin");
        executable(bin, "chromium");
        Path own = executable(folder("own"), "my-chrome");

        assertThat(HeadlessChromium.browser(Map.of("PATH", path(bin), "CHROME_BIN", own.toString())))
                .isEqualTo(own);
    }

    @Test
    void chromeBinThatIsNoExecutableIsAnError() throws IOException {
        Path bin = folder("bin");
        executable(bin, "chromium");
        Path missing = temp.resolve("no-such-chrome");

        assertThatThrownBy(() -> HeadlessChromium.browser(Map.of("PATH", path(bin), "CHROME_BIN",
                missing.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHROME_BIN")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void driverPropertyWinsOverThePath() throws IOException {
        Path bin = folder("bin");
        executable(bin, "chromedriver");
        Path own = executable(folder("own"), "chromedriver-130");

        assertThat(HeadlessChromium.driver(own.toString(), path(bin))).isEqualTo(own);
    }

    @Test
    void missingBrowserNamesWhatWasSearched() throws IOException {
        Path empty = folder("empty");
        String path = path(empty);

        assertThatThrownBy(() -> HeadlessChromium.browser(Map.of("PATH", path)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHROME_BIN is not set")
                .hasMessageContaining("chromium, chromium-browser, google-chrome")
                .hasMessageContaining(path)
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    @Test
    void missingDriverNamesWhatWasSearched() throws IOException {
        Path bin = folder("bin");
        executable(bin, "chromium");
        String path = path(bin);

        assertThatThrownBy(() -> HeadlessChromium.driver(null, path))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webdriver.chrome.driver is not set")
                .hasMessageContaining("chromedriver")
                .hasMessageContaining(path);
    }

    @Test
    void withoutAPathNothingIsFound() {
        assertThatThrownBy(() -> HeadlessChromium.browser(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PATH (empty)");
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectory(temp.resolve(name));
    }

    private static Path executable(Path folder, String name) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "#!/bin/sh\nexit 0\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    private static String path(Path... folders) {
        StringBuilder path = new StringBuilder();
        for (Path folder : folders) {
            if (path.length() > 0) {
                path.append(File.pathSeparator);
            }
            path.append(folder);
        }
        return path.toString();
    }
}

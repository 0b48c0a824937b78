package io.github.digestplugin.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through Selenium, with a fresh profile. The browser is the one named by
 * the environment variable {@code CHROME_BIN}, else the first of {@code chromium},
 * {@code chromium-browser} and {@code google-chrome} on the {@code PATH}; the driver is the one named by
 * the system property {@code webdriver.chrome.driver}, else {@code chromedriver} on the {@code PATH}.
 * Both are handed to Selenium outright so that Selenium Manager never downloads one; without them this
 * fails with a message saying what was searched and what to install.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final String BROWSER_VARIABLE = "CHROME_BIN";
    static final String DRIVER_PROPERTY = "webdriver.chrome.driver";
    static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    static final List<String> DRIVER_NAMES = List.of("chromedriver");
    private static final String INSTALL = "Debian: apt-get install -y chromium chromium-driver";

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public HeadlessChromium() throws IOException {
        Map<String, String> environment = System.getenv();
        Path browser = browser(environment);
        Path chromedriver = driver(System.getProperty(DRIVER_PROPERTY), environment.get("PATH"));
        profile = Files.createTempDirectory("digest-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** The browser: {@code CHROME_BIN} when set (it must then be an executable), else the first on the PATH. */
    static Path browser(Map<String, String> environment) {
        String named = environment.get(BROWSER_VARIABLE);
        if (named != null && !named.isBlank()) {
            return named(named, "Chromium", "the environment variable " + BROWSER_VARIABLE);
        }
        return onPath(environment.get("PATH"), BROWSER_NAMES)
                .orElseThrow(() -> missing("Chromium", BROWSER_VARIABLE + " is not set", BROWSER_NAMES,
                        environment.get("PATH"), "set " + BROWSER_VARIABLE + " to the browser"));
    }

    /** The driver: the system property when set (it must then be an executable), else chromedriver on the PATH. */
    static Path driver(String property, String path) {
        if (property != null && !property.isBlank()) {
            return named(property, "chromedriver", "the system property " + DRIVER_PROPERTY);
        }
        return onPath(path, DRIVER_NAMES).orElseThrow(() -> missing("chromedriver",
                "the system property " + DRIVER_PROPERTY + " is not set", DRIVER_NAMES, path,
                "pass -D" + DRIVER_PROPERTY + "=/path/to/chromedriver"));
    }

    /**
     * The first executable file among the names, each looked for in every directory of the PATH before
     * the next name, so that Chromium is preferred to Chrome wherever they are.
     */
    static Optional<Path> onPath(String path, List<String> names) {
        List<Path> directories = directories(path);
        for (String name : names) {
            for (Path directory : directories) {
                for (String file : fileNames(name)) {
                    Path candidate = directory.resolve(file);
                    if (isExecutableFile(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Path named(String value, String what, String source) {
        String prefix = "The browser tests need " + what + ", but " + source + " names " + value;
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalStateException(prefix + ", which is not a path");
        }
        if (!isExecutableFile(path)) {
            throw new IllegalStateException(prefix + ", which is not an executable file");
        }
        return path;
    }

    private static IllegalStateException missing(String what, String unset, List<String> names, String path,
            String naming) {
        return new IllegalStateException("The browser tests need " + what + ", and it was not found: " + unset
                + ", and no executable " + String.join(", ", names) + " is in the PATH ("
                + (path == null || path.isBlank() ? "empty" : path) + "). Install it (" + INSTALL + "), or "
                + naming);
    }

    /** The PATH's directories; empty entries (the current directory to a shell) are left out. */
    private static List<Path> directories(String path) {
        List<Path> directories = new ArrayList<>();
        if (path == null) {
            return directories;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                directories.add(Path.of(entry));
            } catch (InvalidPathException e) {
                // An entry that is no path holds no browser.
            }
        }
        return directories;
    }

    private static List<String> fileNames(String name) {
        return File.separatorChar == '\\' ? List.of(name + ".exe", name) : List.of(name);
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

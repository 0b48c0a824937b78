package io.github.digestplugin.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that read the digests as {@code check} does ({@code check},
 * {@code fix}, {@code baseline}), and the reading of them with the configuration file.
 */
abstract class DigestFilesMojo extends AbstractMojo {

    /**
     * The folder holding the digests; by default {@code src/digests} in the base directory. Without a
     * pom, relative to the current directory. A module without the default folder is skipped; a
     * folder named here, or in the configuration file, must exist.
     */
    @Parameter(property = "digest.directory")
    protected File directory;

    /**
     * Ant-style patterns of the digests, relative to {@code directory}; on the command line
     * separated by commas ({@code -Ddigest.includes=**}{@code /*.md,**}{@code /*.txt}); by default
     * {@code **}{@code /*.md}.
     */
    @Parameter(property = "digest.includes")
    protected List<String> includes;

    /** Ant-style patterns of files to leave out, such as {@code drafts/**}. */
    @Parameter(property = "digest.excludes")
    protected List<String> excludes;

    /**
     * Whether the default excludes of Maven's file sets (plexus-utils' {@code DirectoryScanner}:
     * {@code .git}, {@code .svn} and other version control folders, editor backups) and
     * {@code node_modules} and {@code target} folders are left out too; folders among them are not
     * descended into. {@code true} by default.
     */
    @Parameter(property = "digest.useDefaultExcludes")
    protected Boolean useDefaultExcludes;

    /**
     * A configuration file, by default {@code .digest.json} in the base directory when it is there:
     * a JSON object of settings named as the properties without {@code digest.}
     * ({@code "failOn": "warning"}). A parameter set in the pom or with {@code -D} wins over it.
     */
    @Parameter(property = "digest.config")
    protected File configFile;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, as in
     * {@code <severities><cell-pipe>warning</cell-pipe><url-canonical>off</url-canonical></severities>}.
     */
    @Parameter
    protected Map<String, String> severities;

    /**
     * The same overrides as one string, {@code cell-pipe=warning,url-canonical=off}; they win over
     * {@code severities}.
     */
    @Parameter(property = "digest.severities")
    protected String severityOverrides;

    /** The text of the level-1 heading above a digest's table; {@code 摘要} by default. */
    @Parameter(property = "digest.summaryHeading")
    protected String summaryHeading;

    /** The text of the level-1 heading above a digest's footnote definitions; {@code 详细} by default. */
    @Parameter(property = "digest.detailsHeading")
    protected String detailsHeading;

    /**
     * The arXiv channel of every digest ({@code cs.CL}); by default it comes from each file's name
     * or, for dated files, its folder.
     */
    @Parameter(property = "digest.channel")
    protected String channel;

    /** The project's base directory, or the current directory when there is no pom. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** The configuration file, when there is one; the log names it. */
    protected ConfigFile configFile(Log log) throws MojoFailureException {
        ConfigFile config;
        try {
            config = ConfigFile.find(configFile == null ? null : configFile.toPath(), baseDirectory.toPath());
        } catch (ConfigFile.ConfigException e) {
            throw new MojoFailureException(e.getMessage());
        }
        config.file().ifPresent(file -> log.info("Settings from " + file));
        return config;
    }

    /** The digests to read and how, as the pom, {@code -D} and the configuration file set them. */
    protected DigestInput input(ConfigFile config) {
        return DigestInput.of(config, baseDirectory.toPath(), directory, includes, excludes, useDefaultExcludes,
                summaryHeading, detailsHeading, channel, severities, severityOverrides);
    }
}

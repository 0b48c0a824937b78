package io.github.digestplugin.runner;

/**
 * The message of a goal that ran out of heap. Maven's own ({@code Java heap space}, with a stack
 * trace) names neither the limit the run had nor where to raise it.
 */
public final class OutOfMemory {

    /** How to raise the heap of Maven's own JVM, where both goals run unless the check forks. */
    static final String RAISE_MAVENS_HEAP = "MAVEN_OPTS=-Xmx2g (or a line -Xmx2g in .mvn/jvm.config)";

    private static final long MEGABYTE = 1024 * 1024;

    private OutOfMemory() {}

    /**
     * @param what what ran out of memory, such as {@code report}
     * @param maxMemory the heap limit of the JVM it ran in, as {@link Runtime#maxMemory()} gives it
     * @param raise how to raise that limit
     */
    public static String message(String what, long maxMemory, String raise) {
        String limit = maxMemory == Long.MAX_VALUE
                ? "with no heap limit set"
                : "with a heap limit of " + Math.max(1, Math.round((double) maxMemory / MEGABYTE)) + " MB";
        return "The " + what + " ran out of memory " + limit + "; raise it with " + raise + " and run again";
    }

    /** The message for {@code what} run in Maven's own JVM, with this JVM's heap limit. */
    public static String inMavensJvm(String what) {
        return message(what, Runtime.getRuntime().maxMemory(), RAISE_MAVENS_HEAP);
    }
}
